-- 0020_photo_blur: what the public copy of each photo blurs: faces and number plates found at upload and the
-- officer's corrections, one line ("face 10 20 30 40;manual ..."; domain/photo_blur.hpp).
-- NULL for photos stored before detection existed: their public copy detects for itself.
ALTER TABLE complaint_photos ADD COLUMN blur_regions TEXT;

-- 0016_chat_complaints: the chats a complaint was filed from, found by the complaint, so that a
-- unit's staff list the chats of the complaints their unit holds or held (complaint_units)
-- without reading every message. Conventions of 0001_init.sql.

CREATE INDEX inbound_messages_complaint ON inbound_messages (complaint_id)
    WHERE complaint_id IS NOT NULL;

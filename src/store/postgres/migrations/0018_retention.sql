-- 0018_retention: how long personal data is kept (domain/retention.hpp). A category may keep
-- its closed complaints longer or shorter than the installation's setting; a complaint records
-- when its reporter was erased, so that retention erases each once; webhook bodies and chat
-- messages are pruned by age. Conventions of 0001_init.sql.

ALTER TABLE categories ADD COLUMN retention_months integer
    CHECK (retention_months IS NULL OR retention_months BETWEEN 1 AND 600);
ALTER TABLE complaints ADD COLUMN erased_at bigint;

-- Retention's read: a category's complaints last changed before the cutoff, not yet erased.
CREATE INDEX complaints_retention ON complaints (category_code, updated_at) WHERE erased_at IS NULL;
CREATE INDEX webhook_queue_received ON webhook_queue (received_at);
CREATE INDEX inbound_messages_received ON inbound_messages (received_at);
CREATE INDEX conversations_updated ON conversations (updated_at);

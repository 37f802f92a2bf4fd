-- Set once the overdue reminder of a request is in the outbox: several servers may look for overdue
-- requests, and only the one whose UPDATE flips this flag writes the reminder.
ALTER TABLE access_requests ADD COLUMN overdue_notified BOOLEAN NOT NULL DEFAULT FALSE;

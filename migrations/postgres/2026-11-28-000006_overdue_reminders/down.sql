ALTER TABLE access_requests DROP COLUMN overdue_notified;

-- fengong serve, schema version 2: a 催办 (reminder) keeps the issuer and document number (发文机关,
-- 发文字号) the office gave it, so its 公文 is printed the same every time it is downloaded.
alter table reminders add column official jsonb;

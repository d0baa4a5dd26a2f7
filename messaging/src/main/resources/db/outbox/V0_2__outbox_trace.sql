-- The W3C trace context of the change that wrote the event, sent with it; null outside a trace.
alter table outbox_event add column traceparent text;

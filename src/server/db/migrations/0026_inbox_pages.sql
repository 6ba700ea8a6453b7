CREATE INDEX "signals_inbox_page_idx" ON "signals" USING btree ("municipality",(not "urgent"),"received_at","id");--> statement-breakpoint
CREATE INDEX "signals_inbox_open_idx" ON "signals" USING btree ("municipality",(not "urgent"),"received_at","id") WHERE "signals"."state" not in ('afgesloten');--> statement-breakpoint
-- The inbox pages by keyset (list-inbox.ts); the partial index serves its default view, open work.

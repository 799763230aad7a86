-- Period filters (missions(filter: { activeIn: 2010 }) and their totalCount) read only this index: kind, start,
-- end and retirement, without a visit to the (wide) Entity rows.

-- CreateIndex
CREATE INDEX "Entity_kind_startDate_endDate_retiredAt_idx" ON "Entity"("kind", "startDate", "endDate", "retiredAt");

-- Statistics for the new index: where the table already has some, the planner would otherwise prefer it to the
-- (kind, name) index for name-ordered pages and sort every match.
ANALYZE "Entity";

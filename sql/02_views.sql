-- Read-side views. Aggregation lives here; Java adds filters, sorting and paging through jOOQ.

-- The evaluations in force: those of documents not replaced by a revised version.
CREATE VIEW current_evaluation AS
SELECT e.*
FROM evaluation e
JOIN document d ON d.id = e.document_id
WHERE d.replaced_by IS NULL;

-- One row per unit and fiscal year: the overall evaluation's figures as reported (NULL where the
-- year has no overall evaluation) and the project evaluations' count and totals.
CREATE VIEW unit_year_summary AS
SELECT u.id                                                       AS unit_id,
       u.name                                                     AS unit_name,
       r.path                                                     AS region_path,
       r.name                                                     AS region_name,
       e.fiscal_year                                              AS fiscal_year,
       max(e.adjusted_budget) FILTER (WHERE e.kind = 'overall')   AS overall_adjusted_budget,
       max(e.executed) FILTER (WHERE e.kind = 'overall')          AS overall_executed,
       max(e.execution_rate) FILTER (WHERE e.kind = 'overall')    AS overall_execution_rate,
       max(e.total_score) FILTER (WHERE e.kind = 'overall')       AS overall_total_score,
       count(*) FILTER (WHERE e.kind = 'project')                 AS project_count,
       sum(e.adjusted_budget) FILTER (WHERE e.kind = 'project')   AS projects_adjusted_budget,
       sum(e.executed) FILTER (WHERE e.kind = 'project')          AS projects_executed
FROM current_evaluation e
JOIN unit u ON u.id = e.unit_id
JOIN region r ON r.id = u.region_id
GROUP BY u.id, u.name, r.path, r.name, e.fiscal_year;

-- Every indicator in force with its rules-engine result: what dashboards filter and sort by.
CREATE VIEW indicator_status AS
SELECT i.*,
       e.unit_id,
       e.fiscal_year,
       e.kind              AS evaluation_kind,
       e.name              AS evaluation_name,
       a.status,
       a.direction,
       a.direction_implied,
       a.shortfall_rate,
       a.recomputed_score,
       a.reason,
       (SELECT count(*) FROM audit_flag f WHERE f.indicator_id = i.id) AS flag_count
FROM indicator i
JOIN current_evaluation e ON e.id = i.evaluation_id
JOIN indicator_assessment a ON a.indicator_id = i.id;

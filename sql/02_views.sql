-- Read-side views. Aggregation lives here; Java adds filters, sorting and paging through jOOQ.

-- The evaluations in force: those of documents not replaced by a revised version.
CREATE VIEW current_evaluation AS
SELECT e.*, u.name AS unit_name, r.path AS region_path, r.name AS region_name
FROM evaluation e
JOIN document d ON d.id = e.document_id
JOIN unit u ON u.id = e.unit_id
JOIN region r ON r.id = u.region_id
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
       e.unit_name,
       e.region_path,
       e.fiscal_year,
       e.kind              AS evaluation_kind,
       e.name              AS evaluation_name,
       a.status,
       a.direction,
       a.direction_implied,
       a.shortfall_rate,
       a.recomputed_score,
       a.reason,
       a.flag_count
FROM indicator i
JOIN current_evaluation e ON e.id = i.evaluation_id
-- The flag count is the assessment's: a join with the flags grouped per indicator cost every query of this
-- view the grouping of all 215,000 indicator flags at province scale (40 of a drill-down's 46 ms), and a
-- correlated subquery a scan of all indicators (17 s).
JOIN indicator_assessment a ON a.indicator_id = i.id;

-- One row per unit and fiscal year with the figures that rankings and the overview compare.
-- Budget and score come from the overall evaluation where the unit published one that year, else from
-- its project evaluations (sums of money, mean of scores): score_basis says which.
-- Computed here; read from the table unit_year_metrics below, which holds its rows.
CREATE VIEW unit_year_metrics_live AS
WITH per_evaluation AS (
    SELECT e.id, e.unit_id, e.fiscal_year, e.kind, e.initial_budget, e.adjusted_budget, e.executed,
           e.execution_rate, e.total_score, a.recomputed_total_score, a.indicators_unmet, a.flag_count,
           a.unmet_goals, e.document_id
    FROM current_evaluation e
    LEFT JOIN evaluation_assessment a ON a.evaluation_id = e.id
), per_unit_year AS (
    SELECT unit_id,
           fiscal_year,
           bool_or(kind = 'overall')                                          AS has_overall,
           max(initial_budget) FILTER (WHERE kind = 'overall')                AS overall_initial_budget,
           max(adjusted_budget) FILTER (WHERE kind = 'overall')               AS overall_adjusted_budget,
           max(executed) FILTER (WHERE kind = 'overall')                      AS overall_executed,
           max(execution_rate) FILTER (WHERE kind = 'overall')                AS overall_execution_rate,
           max(total_score) FILTER (WHERE kind = 'overall')                   AS overall_score,
           max(recomputed_total_score) FILTER (WHERE kind = 'overall')        AS overall_recomputed_score,
           sum(initial_budget) FILTER (WHERE kind = 'project')                AS projects_initial_budget,
           sum(adjusted_budget) FILTER (WHERE kind = 'project')               AS projects_adjusted_budget,
           sum(executed) FILTER (WHERE kind = 'project')                      AS projects_executed,
           avg(total_score) FILTER (WHERE kind = 'project')                   AS projects_mean_score,
           avg(recomputed_total_score) FILTER (WHERE kind = 'project')        AS projects_mean_recomputed_score,
           count(*) FILTER (WHERE kind = 'project')                           AS project_count,
           coalesce(sum(indicators_unmet), 0)                                 AS unmet_targets,
           coalesce(sum(flag_count), 0)                                       AS audit_flags,
           coalesce(sum(unmet_goals), 0)                                      AS unmet_goals,
           count(DISTINCT document_id)                                        AS documents
    FROM per_evaluation
    GROUP BY unit_id, fiscal_year
)
SELECT p.unit_id,
       u.name                                                                 AS unit_name,
       r.path                                                                 AS region_path,
       r.name                                                                 AS region_name,
       p.fiscal_year,
       CASE WHEN p.overall_adjusted_budget IS NOT NULL THEN 'overall' ELSE 'projects' END AS budget_basis,
       coalesce(p.overall_initial_budget, p.projects_initial_budget)          AS initial_budget,
       coalesce(p.overall_adjusted_budget, p.projects_adjusted_budget)        AS adjusted_budget,
       -- Executed on the same basis as the adjusted budget: an overall evaluation that prints no B (seed 004)
       -- gives no executed figure, rather than its projects' spending set against the whole budget.
       CASE WHEN p.overall_adjusted_budget IS NOT NULL THEN p.overall_executed ELSE p.projects_executed END
                                                                              AS executed,
       coalesce(p.overall_execution_rate,
                CASE WHEN p.projects_adjusted_budget > 0
                     THEN CAST(p.projects_executed / p.projects_adjusted_budget AS DECIMAL(12, 6)) END)
                                                                              AS execution_rate,
       CASE WHEN p.overall_score IS NOT NULL THEN 'overall' ELSE 'projects_mean' END AS score_basis,
       CAST(coalesce(p.overall_score, p.projects_mean_score) AS DECIMAL(9, 4))             AS reported_score,
       CAST(coalesce(p.overall_recomputed_score, p.projects_mean_recomputed_score) AS DECIMAL(9, 4))
                                                                              AS recomputed_score,
       p.project_count,
       CAST(p.unmet_targets AS INTEGER)                                       AS unmet_targets,
       CAST(p.audit_flags AS INTEGER)                                         AS audit_flags,
       -- Narrative unmet goals, and the reports in force (a report is one unit's for one year: these add up).
       CAST(p.unmet_goals AS INTEGER)                                         AS unmet_goals,
       CAST(p.documents AS INTEGER)                                           AS documents
FROM per_unit_year p
JOIN unit u ON u.id = p.unit_id
JOIN region r ON r.id = u.region_id;

-- Pre-aggregation of unit_year_metrics_live, one row per unit and year (7,000 a year in a province). The
-- view aggregates every evaluation before a region filter can apply (110 ms per query at province scale);
-- this table answers in a few. Refreshed per unit in the transaction that changes the unit's documents
-- (import, rebuild, synthetic load: UnitYearMetrics), so it never disagrees with the view.
CREATE TABLE unit_year_metrics AS SELECT * FROM unit_year_metrics_live LIMIT 0;

-- The figures of an evaluation in force that dashboards filter, sort, bin and count by, without its long text.
-- Computed here; read from the table evaluation_metrics below, which holds its rows.
CREATE VIEW evaluation_metrics_live AS
SELECT e.id, e.document_id, e.unit_id, e.unit_name, e.region_path, e.region_name, e.fiscal_year, e.kind, e.seq,
       e.name, e.initial_budget, e.adjusted_budget, e.executed, e.execution_rate, e.total_score, e.grade,
       a.recomputed_execution_rate, a.recomputed_total_score, a.recomputed_grade,
       coalesce(a.indicators_met, 0)            AS indicators_met,
       coalesce(a.indicators_partly_met, 0)     AS indicators_partly_met,
       coalesce(a.indicators_unmet, 0)          AS indicators_unmet,
       coalesce(a.indicators_not_assessable, 0) AS indicators_not_assessable,
       coalesce(a.flag_count, 0)                AS flag_count
FROM current_evaluation e
LEFT JOIN evaluation_assessment a ON a.evaluation_id = e.id;

-- Every evaluation in force with its reported and recomputed figures (drill-down, lake export): the metrics above
-- and the evaluation's text. Over evaluation_metrics_live, named before it: EXPORT DATABASE (backups) writes views
-- in name order, and a view over a view named after it cannot be imported again.
CREATE VIEW evaluation_overview AS
SELECT m.id, m.document_id, m.unit_id, m.unit_name, m.region_path, m.region_name, m.fiscal_year, m.kind, m.seq,
       m.name,
       e.supervising_department,
       e.implementing_unit,
       m.initial_budget, m.adjusted_budget, m.executed, m.execution_rate,
       e.execution_weight,
       e.execution_score,
       m.total_score, m.grade,
       e.annual_goal,
       e.goal_outcome,
       e.line_from,
       e.line_to,
       m.recomputed_execution_rate,
       a.recomputed_execution_score,
       m.recomputed_total_score,
       a.grade_of_reported_score,
       m.recomputed_grade,
       m.indicators_met, m.indicators_partly_met, m.indicators_unmet, m.indicators_not_assessable, m.flag_count
FROM evaluation_metrics_live m
JOIN evaluation e ON e.id = m.id
LEFT JOIN evaluation_assessment a ON a.evaluation_id = m.id;

-- Pre-aggregation of evaluation_metrics_live, one flat row per evaluation in force (900,000 in a province).
-- The view joins evaluation, document, unit, region and the assessment for every query: 55 ms for a year's
-- score bins at province scale, where a scan of this table's few columns takes a few (decision 0010).
-- Refreshed with unit_year_metrics, per unit, in the transaction that changes the unit's documents.
CREATE TABLE evaluation_metrics AS SELECT * FROM evaluation_metrics_live LIMIT 0;

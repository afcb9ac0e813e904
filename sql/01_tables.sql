-- The store of Jixiao Insight. This file is the single source of the schema: the application runs it
-- to create a new store, and the build runs it to generate the jOOQ classes.
-- Money is in 万元 (10,000 yuan) as exact DECIMAL; rates are fractions (0.9901 = 99.01%).
-- Every row that comes from a report keeps its provenance: the document and the first/last source line.

CREATE SEQUENCE store_id_seq START 1;

-- What the store holds: a key/value list (e.g. schema_version, content kind "real" or "synthetic").
CREATE TABLE store_meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

-- Province / city / district, as a tree. path is 湖北省/武汉市/洪山区.
CREATE TABLE region (
    id        BIGINT PRIMARY KEY DEFAULT nextval('store_id_seq'),
    name      VARCHAR NOT NULL,
    level     VARCHAR NOT NULL CHECK (level IN ('province', 'city', 'district')),
    parent_id BIGINT, -- the region above; no FOREIGN KEY: DuckDB cannot EXPORT a self-reference (backups)
    path      VARCHAR NOT NULL UNIQUE
);

-- The evaluated organisation (单位/部门).
CREATE TABLE unit (
    id        BIGINT PRIMARY KEY DEFAULT nextval('store_id_seq'),
    name      VARCHAR NOT NULL UNIQUE,
    region_id BIGINT NOT NULL REFERENCES region (id)
);

-- Other names a document uses for the unit (e.g. 武汉洪山区行政审批局).
CREATE TABLE unit_alias (
    unit_id BIGINT NOT NULL REFERENCES unit (id),
    alias   VARCHAR NOT NULL,
    PRIMARY KEY (unit_id, alias)
);

-- A source document: one published report, kept verbatim (see source_line), content-addressed.
-- A revised document for the same unit and year replaces the previous one: the old row stays, with
-- replaced_by pointing at the new one, so history is never lost.
CREATE TABLE document (
    id          BIGINT PRIMARY KEY DEFAULT nextval('store_id_seq'),
    sha256      VARCHAR NOT NULL UNIQUE,
    file_name   VARCHAR NOT NULL,
    title       VARCHAR,
    unit_id     BIGINT NOT NULL REFERENCES unit (id),
    fiscal_year INTEGER NOT NULL,
    origin      VARCHAR NOT NULL CHECK (origin IN ('seed', 'import', 'synthetic')),
    line_count  INTEGER NOT NULL,
    loaded_at   TIMESTAMP NOT NULL DEFAULT current_timestamp,
    replaced_by BIGINT
);

-- The original of every imported file, byte for byte and content-addressed (document.sha256 of the
-- documents read from it), with the choices made at import time (the region, where the file does not
-- state one). A rebuild reads these from the old store and imports them again after the seeds, so a
-- schema change never loses what users imported. file_name is a label only, never a path.
CREATE TABLE document_file (
    sha256      VARCHAR PRIMARY KEY,
    file_name   VARCHAR NOT NULL,
    content     BLOB NOT NULL,
    byte_size   BIGINT NOT NULL,
    region      VARCHAR,
    imported_at TIMESTAMP NOT NULL
);

-- The verbatim text of every document, line by line (1-based), so every figure can show its source.
-- A PDF, Word or Excel file is kept as the lines its reader made of it (one per table row, cells joined
-- by " | "), each with its location in the file ("第2页 y=341", "表1 第3行", "Sheet1!A5:H5"); null for text.
CREATE TABLE source_line (
    document_id BIGINT NOT NULL REFERENCES document (id),
    line_no     INTEGER NOT NULL,
    text        VARCHAR NOT NULL,
    location    VARCHAR,
    PRIMARY KEY (document_id, line_no)
);

-- An overall (部门整体) or project (项目) self-evaluation, with its figures as reported.
CREATE TABLE evaluation (
    id                     BIGINT PRIMARY KEY DEFAULT nextval('store_id_seq'),
    document_id            BIGINT NOT NULL REFERENCES document (id),
    unit_id                BIGINT NOT NULL REFERENCES unit (id),
    fiscal_year            INTEGER NOT NULL,
    kind                   VARCHAR NOT NULL CHECK (kind IN ('overall', 'project')),
    seq                    INTEGER NOT NULL,
    name                   VARCHAR NOT NULL,
    supervising_department VARCHAR,
    implementing_unit      VARCHAR,
    initial_budget         DECIMAL(18, 4),
    adjusted_budget        DECIMAL(18, 4),
    executed               DECIMAL(18, 4),
    execution_rate         DECIMAL(12, 6),
    execution_weight       DECIMAL(9, 4),
    execution_score        DECIMAL(9, 4),
    total_score            DECIMAL(9, 4),
    grade                  VARCHAR,
    annual_goal            VARCHAR,
    goal_outcome           VARCHAR,
    note                   VARCHAR,
    line_from              INTEGER NOT NULL,
    line_to                INTEGER NOT NULL
);

-- Where each headline figure of an evaluation is printed (figure = adjustedBudget, executed, …).
CREATE TABLE evaluation_figure_source (
    evaluation_id BIGINT NOT NULL REFERENCES evaluation (id),
    figure        VARCHAR NOT NULL,
    line_from     INTEGER NOT NULL,
    line_to       INTEGER NOT NULL,
    PRIMARY KEY (evaluation_id, figure)
);

-- Funding rows under the budget total (其中：当年财政拨款 / 上年结转资金 / 基本支出 / 项目支出 …).
CREATE TABLE funding_line (
    id              BIGINT PRIMARY KEY DEFAULT nextval('store_id_seq'),
    evaluation_id   BIGINT NOT NULL REFERENCES evaluation (id),
    seq             INTEGER NOT NULL,
    source          VARCHAR NOT NULL,
    initial_budget  DECIMAL(18, 4),
    adjusted_budget DECIMAL(18, 4),
    executed        DECIMAL(18, 4),
    execution_rate  DECIMAL(12, 6),
    line_from       INTEGER NOT NULL,
    line_to         INTEGER NOT NULL
);

-- Score summary tables (评价准则 / 准则分值 / 评价得分).
CREATE TABLE score_component (
    id            BIGINT PRIMARY KEY DEFAULT nextval('store_id_seq'),
    evaluation_id BIGINT NOT NULL REFERENCES evaluation (id),
    seq           INTEGER NOT NULL,
    criterion     VARCHAR NOT NULL,
    weight        DECIMAL(9, 4),
    score         DECIMAL(9, 4),
    line_from     INTEGER NOT NULL,
    line_to       INTEGER NOT NULL
);

-- Three-level performance indicators (一级 category / 二级 subcategory / 三级 name).
CREATE TABLE indicator (
    id                   BIGINT PRIMARY KEY DEFAULT nextval('store_id_seq'),
    evaluation_id        BIGINT NOT NULL REFERENCES evaluation (id),
    seq                  INTEGER NOT NULL,
    category             VARCHAR,
    subcategory          VARCHAR,
    name                 VARCHAR, -- NULL where the source prints a row without a name
    indicator_class      VARCHAR,
    nature               VARCHAR,
    unit_of_measure      VARCHAR,
    target               VARCHAR,
    actual               VARCHAR,
    weight               DECIMAL(9, 4),
    score                DECIMAL(9, 4),
    deviation_reason     VARCHAR,
    improvement_measures VARCHAR,
    note                 VARCHAR,
    line_from            INTEGER NOT NULL,
    line_to              INTEGER NOT NULL
);

-- Goals the report admits in prose were not reached (未完成的绩效目标).
CREATE TABLE unmet_goal (
    id            BIGINT PRIMARY KEY DEFAULT nextval('store_id_seq'),
    evaluation_id BIGINT NOT NULL REFERENCES evaluation (id),
    seq           INTEGER NOT NULL,
    text          VARCHAR NOT NULL,
    line_from     INTEGER NOT NULL,
    line_to       INTEGER NOT NULL
);

-- Rows of the final-accounts (决算) statements and the prose that explains them.
CREATE TABLE expenditure_line (
    id             BIGINT PRIMARY KEY DEFAULT nextval('store_id_seq'),
    document_id    BIGINT NOT NULL REFERENCES document (id),
    seq            INTEGER NOT NULL,
    statement      VARCHAR NOT NULL,
    side           VARCHAR NOT NULL CHECK (side IN ('expenditure', 'income')),
    classification VARCHAR NOT NULL CHECK (classification IN ('functional', 'economic', 'none')),
    code           VARCHAR,
    name           VARCHAR NOT NULL,
    initial_budget DECIMAL(18, 4),
    final_amount   DECIMAL(18, 4),
    basic          DECIMAL(18, 4),
    project        DECIMAL(18, 4),
    line_from      INTEGER NOT NULL,
    line_to        INTEGER NOT NULL
);

-- Facts about an earlier year stated in prose ("与2023年度相比，收、支总计减少788.99万元").
CREATE TABLE prior_year_figure (
    id             BIGINT PRIMARY KEY DEFAULT nextval('store_id_seq'),
    document_id    BIGINT NOT NULL REFERENCES document (id),
    seq            INTEGER NOT NULL,
    fiscal_year    INTEGER NOT NULL,
    metric         VARCHAR NOT NULL,
    current_amount DECIMAL(18, 4),
    change         DECIMAL(18, 4),
    change_rate    DECIMAL(12, 6),
    prior_amount   DECIMAL(18, 4),
    text           VARCHAR NOT NULL,
    line_from      INTEGER NOT NULL,
    line_to        INTEGER NOT NULL
);

-- Where a report disagrees with itself: the kept (table) value and the other reading, both located.
CREATE TABLE contradiction (
    id              BIGINT PRIMARY KEY DEFAULT nextval('store_id_seq'),
    document_id     BIGINT NOT NULL REFERENCES document (id),
    evaluation_id   BIGINT REFERENCES evaluation (id),
    seq             INTEGER NOT NULL,
    field           VARCHAR NOT NULL,
    kept_value      VARCHAR NOT NULL,
    other_value     VARCHAR NOT NULL,
    explanation     VARCHAR NOT NULL,
    line_from       INTEGER NOT NULL,
    line_to         INTEGER NOT NULL,
    other_line_from INTEGER NOT NULL,
    other_line_to   INTEGER NOT NULL
);

-- Rules-engine results (derived; recomputed whenever a document is stored or the store is rebuilt).
-- The reported figures stay in evaluation/indicator; these sit beside them, never over them.
CREATE TABLE indicator_assessment (
    indicator_id      BIGINT PRIMARY KEY REFERENCES indicator (id),
    evaluation_id     BIGINT NOT NULL REFERENCES evaluation (id),
    status            VARCHAR NOT NULL CHECK (status IN ('met', 'partly_met', 'unmet', 'not_assessable')),
    direction         VARCHAR NOT NULL
        CHECK (direction IN ('positive', 'negative', 'exact', 'range', 'qualitative', 'unknown')),
    direction_implied BOOLEAN NOT NULL,
    target_value      DECIMAL(24, 6),
    target_upper      DECIMAL(24, 6),
    actual_value      DECIMAL(24, 6),
    unit              VARCHAR,
    shortfall_rate    DECIMAL(18, 6),
    recomputed_score  DECIMAL(9, 4),
    reason            VARCHAR NOT NULL,
    -- The audit flags raised on this indicator (written with them): what indicator_status shows without
    -- grouping every flag of the store for each query (decision 0010).
    flag_count        INTEGER NOT NULL DEFAULT 0 CHECK (flag_count >= 0)
);

CREATE TABLE evaluation_assessment (
    evaluation_id              BIGINT PRIMARY KEY REFERENCES evaluation (id),
    recomputed_execution_rate  DECIMAL(12, 6),
    recomputed_execution_score DECIMAL(9, 4),
    recomputed_total_score     DECIMAL(9, 4),
    grade_of_reported_score    VARCHAR,
    recomputed_grade           VARCHAR,
    indicators_met             INTEGER NOT NULL,
    indicators_partly_met      INTEGER NOT NULL,
    indicators_unmet           INTEGER NOT NULL,
    indicators_not_assessable  INTEGER NOT NULL,
    flag_count                 INTEGER NOT NULL,
    -- The evaluation's narrative unmet goals (unmet_goal rows), for the unmet-targets list's counts.
    unmet_goals                INTEGER NOT NULL DEFAULT 0 CHECK (unmet_goals >= 0)
);

-- Pre-aggregation written with the assessment: an evaluation's unmet indicators per indicator category
-- (一级指标; NULL where the report names none). The overview's unmet chart reads this instead of grouping
-- every indicator in scope (at province scale 1.6 million a year: 170 ms against 15 ms).
CREATE TABLE evaluation_unmet_category (
    evaluation_id BIGINT NOT NULL REFERENCES evaluation (id),
    category      VARCHAR,
    unmet_count   INTEGER NOT NULL CHECK (unmet_count > 0),
    UNIQUE (evaluation_id, category)
);

-- Why a target was missed, as the reason classifier reads the text the unit gave (evaluation.reasons, decision
-- 0007): one row per unmet indicator (its deviation reason, empty or not) and per narrative unmet goal (its own
-- text). Derived like the assessment: written with the document, remade by a rebuild. matched_words are the
-- words of the chosen class as they stand in the normalised text, joined by '、' (NULL where none matched).
CREATE TABLE unmet_reason (
    evaluation_id BIGINT NOT NULL REFERENCES evaluation (id),
    indicator_id  BIGINT REFERENCES indicator (id),
    unmet_goal_id BIGINT REFERENCES unmet_goal (id),
    reason_class  VARCHAR NOT NULL,
    basis         VARCHAR NOT NULL,
    matched_words VARCHAR,
    CHECK ((indicator_id IS NULL) <> (unmet_goal_id IS NULL))
);

-- Pre-aggregation of unmet_reason per evaluation, source (indicator | goal) and class: the reasons chart and the
-- briefing read this instead of every unmet row in scope.
CREATE TABLE evaluation_unmet_reason (
    evaluation_id BIGINT NOT NULL REFERENCES evaluation (id),
    source        VARCHAR NOT NULL CHECK (source IN ('indicator', 'goal')),
    reason_class  VARCHAR NOT NULL,
    unmet_count   INTEGER NOT NULL CHECK (unmet_count > 0),
    UNIQUE (evaluation_id, source, reason_class)
);

-- A departure from the rules: kind (see FlagKind), the reported and recomputed values, the figures behind it.
CREATE TABLE audit_flag (
    id               BIGINT PRIMARY KEY DEFAULT nextval('store_id_seq'),
    evaluation_id    BIGINT NOT NULL REFERENCES evaluation (id),
    indicator_id     BIGINT REFERENCES indicator (id),
    kind             VARCHAR NOT NULL,
    reported_value   VARCHAR,
    recomputed_value VARCHAR,
    detail           VARCHAR
);

-- Accounts. Passwords are stored as bcrypt hashes only. role: viewer < analyst < admin.
CREATE TABLE app_user (
    username      VARCHAR PRIMARY KEY,
    password_hash VARCHAR NOT NULL,
    role          VARCHAR NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
    enabled       BOOLEAN NOT NULL DEFAULT true,
    created_at    TIMESTAMP NOT NULL DEFAULT current_timestamp
);

-- Row-level restriction: a user with rows here sees only these regions (path and below) and units.
CREATE TABLE app_user_scope (
    username    VARCHAR NOT NULL REFERENCES app_user (username),
    region_path VARCHAR,
    unit_name   VARCHAR,
    CHECK ((region_path IS NULL) <> (unit_name IS NULL))
);

-- Who did what: logins, failed logins, imports, exports, user changes, backups.
CREATE TABLE audit_log (
    id       BIGINT PRIMARY KEY DEFAULT nextval('store_id_seq'),
    happened_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
    username VARCHAR,
    action   VARCHAR NOT NULL,
    outcome  VARCHAR NOT NULL,
    detail   VARCHAR
);

-- API tokens for scheduled jobs: a named secret that acts as an account over HTTP (Authorization: Bearer).
-- Only the SHA-256 of the secret is kept; the secret is shown once, when it is made. A token stops working
-- when it expires, when it is revoked, or when its account is disabled.
CREATE TABLE api_token (
    id           BIGINT PRIMARY KEY DEFAULT nextval('store_id_seq'),
    name         VARCHAR NOT NULL,
    username     VARCHAR NOT NULL REFERENCES app_user (username),
    secret_hash  VARCHAR NOT NULL UNIQUE,
    created_at   TIMESTAMP NOT NULL,
    created_by   VARCHAR NOT NULL,
    expires_at   TIMESTAMP NOT NULL,
    last_used_at TIMESTAMP,
    revoked_at   TIMESTAMP,
    revoked_by   VARCHAR
);

-- A batch import: many files brought in together (the import page, import DIR|ZIP, POST /api/imports). Each
-- file's row is written with its outcome in the transaction that stores its document, so after a crash the
-- record says exactly which files went in. state: previewed (waiting for confirmation), running, done,
-- interrupted (the process stopped while it ran), failed (stopped by an error that was not a file's),
-- discarded (previewed, then dropped by its user or left unconfirmed for a day; its files deleted).
CREATE TABLE import_batch (
    id          BIGINT PRIMARY KEY,
    username    VARCHAR NOT NULL,
    region      VARCHAR, -- given for the files that do not state one
    state       VARCHAR NOT NULL
        CHECK (state IN ('previewed', 'running', 'done', 'interrupted', 'failed', 'discarded')),
    created_at  TIMESTAMP NOT NULL,
    started_at  TIMESTAMP,
    finished_at TIMESTAMP,
    file_count  INTEGER NOT NULL,
    message     VARCHAR -- why a batch failed, or what was refused before its files were read (a ZIP bomb)
);

-- One file of a batch, in the batch's order. outcome: pending (not stored yet), new, replaces, restores,
-- unchanged, refused (error_* say where and why), interrupted (pending when the batch stopped: not stored).
-- document_id is the document the file is (or was already) stored as; no foreign key: a rebuild gives documents
-- new ids, and the carried-over rows find theirs again by sha256.
CREATE TABLE import_batch_file (
    batch_id     BIGINT NOT NULL REFERENCES import_batch (id),
    seq          INTEGER NOT NULL,
    file_name    VARCHAR NOT NULL,
    sha256       VARCHAR NOT NULL,
    byte_size    BIGINT NOT NULL,
    outcome      VARCHAR NOT NULL
        CHECK (outcome IN ('pending', 'new', 'replaces', 'restores', 'unchanged', 'refused', 'interrupted')),
    document_id  BIGINT,
    replaced_id  BIGINT,
    unit         VARCHAR,
    fiscal_year  INTEGER,
    evaluations  INTEGER,
    indicators   INTEGER,
    warnings     INTEGER,
    error_code   VARCHAR,
    error_args   VARCHAR[],
    error_line   INTEGER,
    error_column INTEGER,
    error_cell   VARCHAR,
    PRIMARY KEY (batch_id, seq)
);

CREATE INDEX evaluation_unit_year ON evaluation (unit_id, fiscal_year);
CREATE INDEX indicator_evaluation ON indicator (evaluation_id);
CREATE INDEX indicator_assessment_evaluation ON indicator_assessment (evaluation_id);
CREATE INDEX audit_flag_evaluation ON audit_flag (evaluation_id);
CREATE INDEX unmet_reason_indicator ON unmet_reason (indicator_id);
CREATE INDEX unmet_reason_goal ON unmet_reason (unmet_goal_id);

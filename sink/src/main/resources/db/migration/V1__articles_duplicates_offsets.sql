-- Enriched articles, one row per article id; payload holds the full EnrichedArticle JSON.
CREATE TABLE articles (
    id               text        PRIMARY KEY,
    url              text        NOT NULL,
    canonical_url    text        NOT NULL,
    source           text        NOT NULL,
    title            text,
    body             text        NOT NULL,
    author           text,
    language         text,
    published_at     timestamptz,
    section          text,
    metadata         jsonb,
    topics           jsonb       NOT NULL DEFAULT '[]'::jsonb,
    regions          jsonb       NOT NULL DEFAULT '[]'::jsonb,
    mentions         jsonb       NOT NULL DEFAULT '[]'::jsonb,
    focus_country    text,
    duplicate_of     text,
    enriched_at      timestamptz,
    pipeline_version text        NOT NULL,
    payload          jsonb       NOT NULL,
    kafka_topic      text        NOT NULL,
    kafka_partition  integer     NOT NULL,
    kafka_offset     bigint      NOT NULL,
    write_count      integer     NOT NULL DEFAULT 1,
    first_written_at timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX articles_focus_country_idx ON articles (focus_country);
CREATE INDEX articles_published_at_idx ON articles (published_at);
CREATE INDEX articles_source_idx ON articles (source);
CREATE INDEX articles_canonical_url_idx ON articles (canonical_url);
CREATE INDEX articles_topics_idx ON articles USING gin (topics jsonb_path_ops);
CREATE INDEX articles_regions_idx ON articles USING gin (regions jsonb_path_ops);

-- Articles recognised as copies, one row per duplicate article id.
CREATE TABLE duplicates (
    id               text             PRIMARY KEY,
    url              text             NOT NULL,
    duplicate_of     text             NOT NULL,
    reason           text             NOT NULL,
    similarity       double precision NOT NULL,
    seen_at          timestamptz,
    kafka_topic      text             NOT NULL,
    kafka_partition  integer          NOT NULL,
    kafka_offset     bigint           NOT NULL,
    write_count      integer          NOT NULL DEFAULT 1,
    first_written_at timestamptz      NOT NULL DEFAULT now(),
    updated_at       timestamptz      NOT NULL DEFAULT now()
);

CREATE INDEX duplicates_duplicate_of_idx ON duplicates (duplicate_of);

-- The sink's consumer positions; written in the same transaction as the rows they cover.
CREATE TABLE sink_offsets (
    group_id    text        NOT NULL,
    topic       text        NOT NULL,
    partition   integer     NOT NULL,
    next_offset bigint      NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (group_id, topic, partition)
);

-- Records the sink could not decode or store, kept with their raw bytes.
CREATE TABLE sink_rejects (
    id              bigserial   PRIMARY KEY,
    group_id        text        NOT NULL,
    kafka_topic     text        NOT NULL,
    kafka_partition integer     NOT NULL,
    kafka_offset    bigint      NOT NULL,
    kind            text        NOT NULL,
    reason          text        NOT NULL,
    record_key      bytea,
    raw_value       bytea,
    rejected_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (group_id, kafka_topic, kafka_partition, kafka_offset)
);

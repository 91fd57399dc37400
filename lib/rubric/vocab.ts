// Shared vocabulary fragments for the rule definitions (regex source strings).
// British and American spellings are both listed where they differ.

/** Alternation helper: (?:a|b|c). */
export const alt = (...parts: string[]) => `(?:${parts.join("|")})`;

export const WORD_NUMBER =
  "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred|half)";
/** A written number: 3, 3,000, 1.2, 99.99 (not the tail of an identifier like p99). */
export const DIGITS = "(?<![\\w.,:])\\d[\\d,]{0,24}(?:\\.\\d{1,6})?";
export const NUMBER = alt(DIGITS, `\\b${WORD_NUMBER}\\b`);

export const TIME_UNIT =
  "(?:ms|msec|millisec(?:ond)?s?|µs|us|microsec(?:ond)?s?|ns|s|secs?|seconds?|mins?|minutes?|hours?|hrs?|h|days?|weeks?|months?)";
export const PERCENT = "(?:%|\\s?percent|\\s?per ?cent)";

/** A quantity with a unit (a time, a percentage, nines). */
export const QUANTITY = alt(
  `${DIGITS}\\s?${alt(PERCENT, `${TIME_UNIT}\\b`, "x\\b", "nines\\b")}`,
  `\\b${WORD_NUMBER}[ -]nines\\b`,
  `\\b${WORD_NUMBER} (?:${TIME_UNIT})\\b`,
);

/** Words that announce a change from one value to another (results, not targets). */
export const CHANGE =
  "(?:\\bfrom\\b[^.;]{0,40}\\bto\\b|→|->|\\bwent (?:up|down|from)\\b|\\bjump(?:ed|ing)\\b|\\bdropp(?:ed|ing)\\b|\\brose\\b|\\bspik(?:ed|ing)\\b|\\bclimb(?:ed|ing)\\b|\\bfell\\b|\\bincreas(?:ed|ing|es)\\b|\\bdecreas(?:ed|ing|es)\\b|\\breduc(?:ed|ing|es)\\b|\\bcut\\b|\\bimprov(?:ed|ing)\\b|\\bregress(?:ed|ing)\\b|\\bbreach(?:ed|ing)\\b|\\bback (?:to|under)\\b)";

/**
 * One word between a number and its unit ("90 storage nodes", "3-node clusters"). Bounded
 * (issue #8, point 0): unbounded, it rescans the rest of a run such as "1-1-1-1-…" from every
 * number in it, which grows with the square of the run. No real word is this long.
 */
const SCALE_WORD = "[\\w-]{1,40}";
/** Load and size units that make a number a statement of scale. */
export const SCALE_UNIT = alt(
  "[KMGTPE]i?B\\b",
  "(?:kb|mb|gb|tb|pb|eb|bytes?)\\b",
  "terabytes?",
  "petabytes?",
  "gigabytes?",
  "(?:k|m)?(?:qps|rps|tps|iops|ops/s|req/s|rpm)\\b",
  `(?:${SCALE_WORD}\\s){0,2}(?:per|a|/)\\s?(?:second|sec|s|minute|min|hour|day)\\b`,
  `(?:${SCALE_WORD}\\s){0,2}(?:nodes|hosts|servers|machines|shards|partitions|replicas|volumes|keys|objects|rows|records|documents|tenants|users|customers|pods|clusters|chunks|files|racks|instances|brokers|topics|tables|databases|buckets|regions|datacenters|data centres|data centers|vms|containers|devices|accounts|drives|disks|cores|services|consumers|queues|messages|events|requests|transactions|writes|reads|queries|calls|connections|sessions|jobs|pipelines|indices|indexes|keyspaces|items|entries|blocks|segments)\\b`,
);
export const MAGNITUDE = "(?:\\s?(?:k|m|bn|b|thousand|million|billion|trillion)\\b)?";

/** Named infrastructure technologies and components. */
export const NAMED_TECH =
  "(?:postgres(?:ql)?|mysql|mariadb|aurora|redis|memcached?|kafka|rabbitmq|pulsar|kinesis|sqs|sns|nats|cassandra|scylla(?:db)?|dynamo(?:db)?|etcd|zookeeper|consul|raft|paxos|rocksdb|leveldb|elasticsearch|opensearch|solr|hdfs|namenode|datanode|s3|gcs|ceph|minio|spanner|bigtable|hbase|mongo(?:db)?|couchbase|cockroach(?:db)?|tidb|vitess|clickhouse|snowflake|bigquery|spark|flink|hadoop|yarn|kubernetes|k8s|nginx|envoy|haproxy|istio|dns|bind|coredns|zfs|ext4|xfs|nfs|iscsi|debezium|sidekiq|celery|airflow|prometheus|grafana|influxdb|timescale(?:db)?|jvm|lucene|wal|lsm|b-?tree|sstables?)";

/**
 * Where a request or a message goes, in a sentence that tells the flow between parts ("forwards a
 * request to the backend", "calls to the order API", "communication between instances"): a part of
 * a system by its kind, or a named technology (session 28).
 */
export const FLOW_PART = alt(
  "servers?|services?|databases?|dbs?|caches?|queues?|brokers?|clusters?|prox(?:y|ies)|balancers?|layers?|backends?|frontends?|replicas?|primar(?:y|ies)|stores?|buckets?|apis?|daemons?|workers?|nodes?|topics?|gateways?|tiers?|instances?|hosts?|shards?|partitions?|consumers?|producers?|pipelines?|endpoints?|origins?|upstreams?|cdns?|disks?|volumes?",
  NAMED_TECH,
);

/** Heads of a component name: "placement service", "chunk store", "metadata cache". */
export const COMPONENT_HEAD =
  "(?:store|storage|database|datastore|db|cluster|cache|caches|caching layer|queue|index|service|layer|tier|pipeline|server|servers|proxy|broker|consumer|producer|scheduler|allocator|engine|module|daemon|controller|gateway|balancer|system|file ?system|replication|replicas?|shards?|volume|disk|library|client|router|coordinator|registry|ledger|log|stream|sink|worker|workers|agent|node|nodes|journal|catalog(?:ue)?|warehouse|namespace|api)";

/** Words before a head that do not make a component specific. */
export const VAGUE_MODIFIER =
  "(?:a|an|the|our|my|their|its|this|that|one|some|backend|back-end|internal|big|main|core|important|critical|new|old|large|legacy|key|central|whole|entire|reliability-critical|distributed|complex|production|company|team|web|in-house|low-level)";

/** Infrastructure vocabulary used to recognise an infra story at all. */
export const INFRA_TERMS = [
  "storage", "database", "\\bdb\\b", "datastore", "data store", "cache", "caching", "queue", "broker", "replica",
  "replication", "shard", "partition", "cluster", "\\bnodes?\\b", "disk", "volume", "\\bindex", "compaction",
  "latency", "throughput", "\\bp9\\d", "\\bqps\\b", "failover", "leader(?!ship)", "quorum", "consensus", "\\block", "mutex",
  "deadlock", "thread pool", "connection pool", "scheduler", "load balancer", "\\bproxy", "\\bcdn\\b", "\\brpc\\b",
  "api server", "control plane", "data plane", "data path", "metadata", "write path", "read path", "\\bslo\\b",
  "availability", "durability", "outage", "on-?call", "incident", "\\bserver", "\\bhosts?\\b", "\\bfsync",
  "\\bwal\\b", "consumer", "producer", "\\btopic", "snapshot", "backup", "\\bblob", "object stor", "bucket",
  "file ?system", "microservice", "service mesh", "timeout", "retries", "idempoten", "checksum", "corrupt",
  "\\bgc\\b", "garbage collect", "memory leak", "kernel", "\\bcpu\\b", "\\biops\\b", "infra\\b", "infrastructure",
  "\\bplatform team", "deploy", "endpoint", "\\bhttps?\\b", "\\bservices?\\b", "\\brunners?\\b", "hit rate", "websocket", "\\bclients?\\b", "\\bsync\\b", "\\bservers?\\b", "traffic", "\\bquer(?:y|ies)\\b", "pipeline", "container", "\\bpods?\\b", "\\baws\\b", "\\bgcp\\b", "azure", "\\bregions?\\b", "\\binstances?\\b", "\\bvms?\\b", "socket", "\\btcp\\b", "\\bconnections?\\b", "\\b(?:tls|ssl)\\b", "certificate", "\\bcron\\b", "\\bschema\\b",  "\\b[45]\\d\\d(?:s\\b|(?=\\s(?:errors?|responses?|status(?:es)?|codes?)\\b))", "rate limit", "body limit", "upload", "canar", "runbook", "paged", "on-?call", "config", "network", "\\bdns\\b", "dashboard", "rollback", "\\bapi\\b",
  // the network in plain words
  "resolvers?", "nameservers?", "\\bttls?\\b", "subnet", "firewall", "packets?\\b", "\\bip\\b", "\\bipv[46]\\b", "bandwidth",
  // disks and replication in their own words ("router" is not here: a web app has one too)
  "\\b(?:nvme|ssds?|hdds?|raid)\\b", "firmware", "binlogs?", "\\bgtids?\\b",
  // a whole name: "wal" is not "walkthrough", "consul" not "consultant", "bind" not "binding"
  `${NAMED_TECH}(?![a-z])`,
];

/** Adjacent (non-storage) components the question allows. */
export const ADJACENT_TERMS =
  "(?:cache|caching|redis|memcached?|cdn|queue|kafka|rabbitmq|pulsar|kinesis|sqs|pub/?sub|message broker|messaging|event bus|consumer|producer|stream processing|rate limiter|scheduler|job queue|worker pool|thread pool|connection pool|lock service|concurren\\w+|mutex|deadlock|thundering herd|stampede|load balancer|proxy|api gateway|service mesh)";
export const STORAGE_TERMS =
  "(?:storage|database|datastore|data store|file ?system|object store|block store|key-value store|kv store|disk|postgres(?:ql)?|mysql|cassandra|dynamo(?:db)?|rocksdb|hdfs|s3|ceph|etcd|spanner|bigtable|hbase|mongo(?:db)?|elasticsearch|source of truth|sstable|wal)";

// Concept lexicons for recall on free text (issue #7, docs/decisions/004): broad detectors of
// a topic that a rule pairs with a specificity test (a system noun, a number) for "met".

/** Things in a system that a change or a check can name. */
export const SYSTEM_NOUN =
  "(?:timeouts?|index(?:es)?|indices|shards?|keys?|cache|caches|threads?|queues?|locks?|labels?|throttles?|limits?|batch(?:es)?|schemas?|tables?|columns?|partitions?|replicas?|configs?|configuration|settings?|flags?|retr(?:y|ies)|ttls?|pools?|buffers?|workers?|connections?|clients?|servers?|scripts?|jobs?|quer(?:y|ies)|compactions?|memory|heap|checks?|code|paths?|writers?|readers?|consumers?|producers?|leases?|epochs?|versions?|hash(?:es)?|checksums?|rules?|alias|nodes?|brokers?|volumes?|disks?|bandwidth|concurrency|recover(?:y|ies)|snapshots?|requests?|writes?|reads?|fields?|parameters?|params?|defaults?|headers?|endpoints?|data model|manifest|protocol|interval|window|size|rate|budget|loop|handler|library|driver|sdk|kernel|pipeline|consumer group|offsets?|cron|scheduler|layout|service|api|build|binary|deploy(?:ment)?s?|cluster|database|db|store|bucket|objects?|files?|logic|validation|guard|assert(?:ion)?s?)";

/** First-person or telegraphic verbs of changing a system. */
export const CHANGE_VERB =
  "(?:changed|added|moved|switched|replaced|rewrote|removed|stripped|dropped|turned (?:down|up|off|on)|throttled|capped|raised|lowered|bumped|split|sharded|partitioned|re-?indexed|introduced|patched|migrated|configured|disabled|enabled|wrapped|limited|batched|pinned|upgraded|tuned|increased|decreased|reduced|shortened|spread|staggered|deduplicated|swapped|flipped|halved|doubled|forced|fixed|corrected|deleted|relaxed|tightened|extended|isolated|separated|decoupled|made|set|put)";

/** Verbs of trying something out. */
export const TEST_VERB =
  "(?:tested|test(?:ing)? (?:it|this|that|them)|tried (?:it|this|that|the)|ran|re-?ran|repeated|checked|confirmed|verified|validated|replay(?:ed)?|soaked|benchmarked|passed|proved|proven)";

/** What a check of the fix names: the changed thing, a test artifact or a test setting. */
export const FIX_UNDER_TEST =
  "(?:(?:new|patched|fixed|updated|changed|rebuilt) (?:build|version|code|schema|config\\w*|binary|settings?|client|server|image|format|path|logic)|the (?:fix|change|patch)|with the (?:fix|change|patch)|after the (?:fix|change|patch)|against (?:it|the new|the fix)|(?:ci|regression|unit|integration|load|soak|chaos|stress|e2e|end-to-end|property|fuzz) tests?|new tests?|test suite|staging (?:with|w/|against|using)|copy of|db_bench|fio|k6|jepsen|shadow|with (?:fake|synthetic|real|production|replayed|simulated|mirrored|heavy|peak) (?:load|traffic|data|writes|requests))";

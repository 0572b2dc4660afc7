// Word lists for the generated corpus (bench/corpus.mjs). The head of the Zipf ranking is real
// engineering vocabulary; the long tail is made of pronounceable made-up names (services, libraries,
// internal tools), so the vocabulary keeps growing with the corpus as a real blog's does.

export const TECH = `kubernetes docker container cluster node pod service deployment latency throughput cache redis
postgres mysql database query index shard replica replication partition kafka queue consumer producer stream
event pipeline batch schedule scheduler worker thread lock mutex memory heap garbage collector allocation
profiler trace tracing span metric metrics dashboard alert alerting incident outage postmortem rollback
release canary rollout feature flag config configuration terraform ansible helm chart manifest yaml json
protobuf grpc http request response header cookie session token auth authentication authorization oauth
certificate tls encryption key secret vault proxy load balancer envoy nginx ingress gateway dns network
overlay packet socket tcp udp bandwidth timeout retry backoff circuit breaker idempotent consistency
transaction isolation snapshot compaction vacuum migration schema column row table join aggregate
search ranking relevance recommendation model training inference feature embedding vector gpu cpu core
benchmark regression performance optimization bottleneck flame graph sampling histogram percentile p99
frontend backend react javascript typescript bundle webpack compiler build test testing ci pipeline
flaky coverage monorepo repository branch merge review deploy artifact image registry binary
python golang rust java kotlin swift scala ruby rails django spring jvm runtime interpreter
mobile android ios app client server api endpoint rest graphql websocket payload serialization
storage disk ssd filesystem object bucket blob backup restore durability availability region zone
failover disaster recovery sla slo error budget oncall pager runbook toil automation tooling
observability logging log logs elasticsearch prometheus grafana opentelemetry sidecar mesh istio
autoscaling capacity quota cost budget spot instance ec2 lambda serverless function cold start
dependency upgrade vulnerability patch security audit compliance privacy gdpr encryption hashing
algorithm tree graph hash bloom filter trie heap sort merge compression gzip brotli encoding unicode
checkout payment billing invoice fraud experiment ab variant cohort analytics warehouse spark hadoop
airflow dbt etl lake parquet avro notebook dataset label annotation pipeline drift monitoring
accessibility design system component css layout render hydration ssr static site cdn edge`.split(/\s+/)

export const GENERAL = `team engineers work time new use system problem approach change way data user users
first years large small fast slow simple hard better every several many most same different
need make build run move keep find show learn start stop grow write read call handle improve
reduce increase measure understand decide share support replace remove add ship fix debug
week month day hour minute second result results lesson lessons story journey part goal plan
cost risk trade-off decision process culture ownership project product customer customers
million thousand hundred percent number rate size scale growth traffic peak load spike
old legacy modern original current final initial manual automatic internal external public
good bad clear obvious surprising unexpected interesting important critical common rare
instead however because while although since until after before during across between`.split(/\s+/)

export const FUNCTION_WORDS = 'the a of to and in that is for it with as on was this we our be by at from are an or which'.split(' ')

const ONSETS = ['b', 'br', 'c', 'ch', 'd', 'dr', 'f', 'fl', 'g', 'gr', 'h', 'j', 'k', 'kr', 'l', 'm', 'n', 'p', 'pl', 'qu', 'r', 's', 'sk', 'st', 't', 'tr', 'v', 'w', 'z']
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'io', 'ou', 'y']
const CODAS = ['', '', 'n', 'r', 'l', 'x', 'st', 'nd', 'rk', 'm', 'sh', 't']

/** The rank-th made-up word: deterministic, distinct for distinct ranks (mixed-radix syllables). */
export function tailWord(rank) {
  let n = rank
  let word = ''
  do {
    word += ONSETS[n % ONSETS.length] + VOWELS[Math.floor(n / ONSETS.length) % VOWELS.length]
    n = Math.floor(n / (ONSETS.length * VOWELS.length))
  } while (n > 0)
  return word + CODAS[rank % CODAS.length] + (rank % 7 === 0 ? 'er' : '')
}

export const TAGS = `kubernetes infrastructure databases performance reliability security frontend mobile data
machine-learning search observability networking storage testing ci-cd culture hiring architecture
api distributed-systems postgres kafka python golang rust java javascript react android ios
incident-response sre devops cloud aws gcp cost open-source accessibility design-systems caching
payments experimentation analytics privacy compliance migrations microservices monolith
developer-experience tooling build-systems monorepo serverless edge cdn compilers`.split(/\s+/)

export const FIRST_NAMES = 'Ada Ben Chen Dana Eli Fatima Gus Hana Ivan Jo Kai Lena Marco Nia Omar Priya Quinn Rosa Sam Tara Uma Victor Wen Yara Zoe Ade Bruno Carla Dev Emil'.split(' ')
export const LAST_NAMES = 'Okafor Lindqvist Tanaka Moreau Kowalski Haddad Silva Novak Ibrahim Park Rossi Nguyen Schmidt Costa Patel Fischer Larsen Alvarez Murphy Yilmaz'.split(' ')

namespace RoadmapGit.Bench.Generation;

/// <summary>The vocabulary generated roadmaps, notes and source files are made of.</summary>
internal static class Words
{
    public static IReadOnlyList<string> Areas { get; } =
    [
        "internet", "frontend", "languages", "version-control", "databases", "apis", "caching", "security",
        "testing", "architecture", "search", "messaging", "containers", "cloud", "observability", "scaling",
        "algorithms", "networking", "devops", "design", "performance", "storage", "concurrency", "compilers",
    ];

    public static IReadOnlyList<string> SectionEmoji { get; } =
        ["📚", "🌐", "💻", "🔧", "🗄️", "🔌", "⚡", "🔒", "🧪", "🏗️", "🔍", "📨", "🐳", "☁️", "📈", "🚀"];

    public static IReadOnlyList<string> Adjectives { get; } =
    [
        "Distributed", "Relational", "Async", "Secure", "Reactive", "Functional", "Concurrent", "Incremental",
        "Immutable", "Event-Driven", "Serverless", "Stateless", "Columnar", "Realtime", "Typed", "Modular",
        "Layered", "Resilient", "Scalable", "Observable", "Declarative", "Lazy", "Parallel", "Persistent",
    ];

    public static IReadOnlyList<string> Nouns { get; } =
    [
        "Caching", "Queues", "Indexes", "Transactions", "Sessions", "Routing", "Streams", "Schedulers",
        "Migrations", "Sharding", "Replication", "Logging", "Tracing", "Metrics", "Containers", "Gateways",
        "Protocols", "Sockets", "Parsers", "Compilers", "Pipelines", "Workers", "Locks", "Hashing",
        "Consensus", "Backups", "Templates", "Webhooks", "Payments", "Search", "Graphs", "Storage",
    ];

    public static IReadOnlyList<string> Prose { get; } =
    [
        "the", "a", "request", "server", "client", "data", "is", "are", "when", "each", "because", "so",
        "latency", "throughput", "memory", "disk", "network", "error", "retry", "timeout", "state", "value",
        "reads", "writes", "stores", "sends", "returns", "keeps", "splits", "joins", "checks", "learns",
        "first", "then", "only", "never", "always", "often", "quickly", "slowly", "safely", "together",
        "table", "row", "column", "key", "index", "page", "log", "queue", "event", "message", "thread",
    ];

    public static IReadOnlyList<string> TaskVerbs { get; } =
        ["Read about", "Build a demo of", "Summarise", "Practise", "Compare", "Write tests for", "Explain"];

    public static IReadOnlyList<string> Modules { get; } =
    [
        "Api", "Billing", "Catalog", "Core", "Identity", "Inventory", "Jobs", "Mail", "Orders", "Reports",
        "Search", "Shipping", "Storage", "Sync", "Telemetry", "Users",
    ];
}

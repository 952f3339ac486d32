namespace DataverseSharing.LocalDataverse.Metadata;

/// <summary>The values of a choice column, or of a global choice that several columns share.</summary>
public sealed class OptionSetDefinition
{
    private readonly Dictionary<int, OptionDefinition> byValue;

    public OptionSetDefinition(string name, OptionSetKind kind, bool isGlobal, IEnumerable<OptionDefinition> options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(options);
        Name = name;
        Kind = kind;
        IsGlobal = isGlobal;
        Options = options.ToList();
        byValue = new Dictionary<int, OptionDefinition>();
        foreach (var option in Options)
        {
            if (!byValue.TryAdd(option.Value, option))
            {
                throw new ArgumentException($"Option set '{name}' declares the value {option.Value} twice.", nameof(options));
            }
        }
    }

    public string Name { get; }

    public OptionSetKind Kind { get; }

    public bool IsGlobal { get; }

    public IReadOnlyList<OptionDefinition> Options { get; }

    public bool Contains(int value) => byValue.ContainsKey(value);

    public OptionDefinition? Find(int value) => byValue.GetValueOrDefault(value);
}

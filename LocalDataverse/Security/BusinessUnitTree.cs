namespace DataverseSharing.LocalDataverse.Security;

/// <summary>
/// The organization's business units as a tree under one root, for the Parent: Child Business Units depth.
/// Built once from (id, parent) pairs and immutable, so answers never see a half-built hierarchy.
/// </summary>
internal sealed class BusinessUnitTree
{
    private readonly Dictionary<Guid, Guid?> parents;
    private readonly Dictionary<Guid, List<Guid>> children = [];

    /// <param name="units">Every business unit with its parent; exactly one, the root, has no parent.</param>
    public BusinessUnitTree(IEnumerable<KeyValuePair<Guid, Guid?>> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        parents = [];
        foreach (var (id, parent) in units)
        {
            if (!parents.TryAdd(id, parent))
            {
                throw new ArgumentException($"The business unit {id} is listed twice.", nameof(units));
            }
        }

        var roots = parents.Where(p => p.Value is null).Select(p => p.Key).ToList();
        if (roots.Count != 1)
        {
            throw new ArgumentException($"A business unit tree has exactly one root (a unit without parent); found {roots.Count}.", nameof(units));
        }

        Root = roots[0];
        foreach (var (id, parent) in parents)
        {
            if (parent is not { } p)
            {
                continue;
            }

            if (!parents.ContainsKey(p))
            {
                throw new ArgumentException($"The business unit {id} has the parent {p}, which is not in the tree.", nameof(units));
            }

            if (!children.TryGetValue(p, out var list))
            {
                children[p] = list = [];
            }

            list.Add(id);
        }

        // Every unit must reach the root; a cycle would make depth checks loop or silently miss units.
        var reachable = SelfAndDescendants(Root).Count;
        if (reachable != parents.Count)
        {
            throw new ArgumentException($"{parents.Count - reachable} business unit(s) are in a cycle and do not reach the root.", nameof(units));
        }
    }

    public Guid Root { get; }

    public int Count => parents.Count;

    /// <summary>A tree of one unit, the root: what an organization has before anyone adds business units.</summary>
    public static BusinessUnitTree Single(Guid root) => new([new KeyValuePair<Guid, Guid?>(root, null)]);

    public bool Contains(Guid unit) => parents.ContainsKey(unit);

    /// <summary>The parent of a unit; null for the root.</summary>
    public Guid? ParentOf(Guid unit) => parents[Known(unit)];

    /// <summary>The unit's parent, its parent's parent… up to the root, nearest first.</summary>
    public IReadOnlyList<Guid> Ancestors(Guid unit)
    {
        Known(unit);
        var result = new List<Guid>();
        for (var current = parents[unit]; current is { } id; current = parents[id])
        {
            result.Add(id);
        }

        return result;
    }

    /// <summary>Every unit below the unit, at any level, not including the unit itself.</summary>
    public IReadOnlyList<Guid> Descendants(Guid unit) => SelfAndDescendants(unit).Skip(1).ToList();

    /// <summary>The unit and every unit below it, the unit first, then breadth-first.</summary>
    public IReadOnlyList<Guid> SelfAndDescendants(Guid unit)
    {
        Known(unit);
        var result = new List<Guid> { unit };
        for (var i = 0; i < result.Count; i++)
        {
            if (children.TryGetValue(result[i], out var below))
            {
                result.AddRange(below);
            }
        }

        return result;
    }

    /// <summary>True when <paramref name="unit"/> is <paramref name="ancestor"/> or lies anywhere below it.</summary>
    public bool IsSameOrBelow(Guid unit, Guid ancestor)
    {
        Known(ancestor);
        for (Guid? current = Known(unit); current is { } id; current = parents[id])
        {
            if (id == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private Guid Known(Guid unit) =>
        parents.ContainsKey(unit) ? unit : throw new ArgumentException($"The business unit {unit} is not in the tree.", nameof(unit));
}

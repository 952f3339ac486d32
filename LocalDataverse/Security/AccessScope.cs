namespace DataverseSharing.LocalDataverse.Security;

/// <summary>
/// Which rows of a table a principal may act on with one privilege: the data the query layer turns into a
/// WHERE clause, and the same rule the single-row check applies, so a query never returns a row a Retrieve
/// would refuse. For <see cref="AccessScopeKind.Restricted"/> a row qualifies when ANY of these holds:
/// <list type="bullet">
/// <item>ownerid is in <see cref="OwnerIds"/> (the user and their teams);</item>
/// <item>owningbusinessunit is in <see cref="BusinessUnitIds"/>;</item>
/// <item>a PrincipalObjectAccess row shares it with one of <see cref="SharePrincipalIds"/> with
/// (accessrightsmask &amp; <see cref="Right"/>) &lt;&gt; 0.</item>
/// </list>
/// An empty set contributes no condition. As SQL: <c>ownerid IN (@owners) OR owningbusinessunit IN (@units)
/// OR &lt;id&gt; IN (SELECT objectid FROM principalobjectaccess WHERE principalid IN (@sharees) AND
/// (accessrightsmask &amp; @right) &lt;&gt; 0)</c>.
/// </summary>
internal sealed class AccessScope
{
    private static readonly IReadOnlySet<Guid> Empty = new HashSet<Guid>();

    private AccessScope(AccessScopeKind kind, RecordAccessRights right, IReadOnlySet<Guid> owners, IReadOnlySet<Guid> units, IReadOnlySet<Guid> sharees)
    {
        Kind = kind;
        Right = right;
        OwnerIds = owners;
        BusinessUnitIds = units;
        SharePrincipalIds = sharees;
    }

    public AccessScopeKind Kind { get; }

    /// <summary>The access right the scope is for; shares count only when they grant it.</summary>
    public RecordAccessRights Right { get; }

    public IReadOnlySet<Guid> OwnerIds { get; }

    public IReadOnlySet<Guid> BusinessUnitIds { get; }

    public IReadOnlySet<Guid> SharePrincipalIds { get; }

    public bool IsUnrestricted => Kind == AccessScopeKind.Unrestricted;

    public bool IsNone => Kind == AccessScopeKind.None;

    public static AccessScope None(RecordAccessRights right) => new(AccessScopeKind.None, right, Empty, Empty, Empty);

    public static AccessScope Unrestricted(RecordAccessRights right) => new(AccessScopeKind.Unrestricted, right, Empty, Empty, Empty);

    public static AccessScope Restricted(RecordAccessRights right, IEnumerable<Guid> owners, IEnumerable<Guid> units, IEnumerable<Guid> sharees) =>
        new(AccessScopeKind.Restricted, right, owners.ToHashSet(), units.ToHashSet(), sharees.ToHashSet());

    /// <summary>Whether the row is in the scope; the in-memory twin of the WHERE clause.</summary>
    public bool Allows(RecordSecurityInfo record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Kind switch
        {
            AccessScopeKind.Unrestricted => true,
            AccessScopeKind.None => false,
            _ => (record.Owner is { } owner && OwnerIds.Contains(owner.Id))
                || (record.OwningBusinessUnitId is { } unit && BusinessUnitIds.Contains(unit))
                || record.Shares.Any(s => SharePrincipalIds.Contains(s.PrincipalId) && (s.Rights & Right) != 0),
        };
    }

    public override string ToString() => Kind switch
    {
        AccessScopeKind.Restricted => $"{Right}: owners {OwnerIds.Count}, business units {BusinessUnitIds.Count}, sharees {SharePrincipalIds.Count}",
        _ => $"{Right}: {Kind}",
    };
}

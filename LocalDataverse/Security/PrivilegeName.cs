using System.Security.Cryptography;
using System.Text;
using DataverseSharing.LocalDataverse.Metadata;

namespace DataverseSharing.LocalDataverse.Security;

/// <summary>
/// A table privilege as Dataverse names it: "prv" + verb + the table's schema name (prvReadOpportunity,
/// prvWritedvs_BestPractice). Dataverse looks privilege names up without regard to case, so equality ignores
/// case too; the text keeps the casing it was written with.
/// </summary>
public sealed record PrivilegeName
{
    private const string Prefix = "prv";

    // Longest verb first: prvAppendToX must not read as Append on a table "ToX".
    private static readonly Privilege[] VerbsByLength =
        [.. Enum.GetValues<Privilege>().OrderByDescending(p => p.ToString().Length)];

    // Tables whose privileges are not named after their own schema name. Users are "User" (prvReadUser); every
    // activity table shares the Activity privileges of activitypointer (prvReadActivity); notes are "Note"
    // (prvReadNote), after the table's display name.
    private static readonly Dictionary<string, string> NamedOtherwise = new(StringComparer.OrdinalIgnoreCase)
    {
        ["systemuser"] = "User",
        ["annotation"] = "Note",
        ["activitypointer"] = "Activity",
        ["opportunityclose"] = "Activity",
        ["task"] = "Activity",
        ["email"] = "Activity",
        ["phonecall"] = "Activity",
        ["appointment"] = "Activity",
        ["letter"] = "Activity",
        ["fax"] = "Activity",
    };

    public PrivilegeName(Privilege privilege, string entityName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityName);
        Privilege = privilege;
        EntityName = entityName;
    }

    public Privilege Privilege { get; }

    /// <summary>The table part of the name: the schema name, or User / Activity for the tables named otherwise.</summary>
    public string EntityName { get; }

    public string Value => Prefix + Privilege + EntityName;

    /// <summary>
    /// A stable id for the privilege, derived from its name. A real organization has its own ids; fault
    /// messages carry one because Dataverse's do, and a stable one keeps messages comparable between runs.
    /// </summary>
    public Guid Id
    {
        get
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(Value.ToUpperInvariant()));
            var bytes = hash.AsSpan(0, 16).ToArray();
            bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80); // version 8: name-based, custom hash
            bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
            return new Guid(bytes);
        }
    }

    /// <summary>The privilege of a table, named as Dataverse names it.</summary>
    public static PrivilegeName For(TableDefinition table, Privilege privilege)
    {
        ArgumentNullException.ThrowIfNull(table);
        return new PrivilegeName(privilege, EntityNameFor(table));
    }

    /// <summary>The table part of the table's privilege names.</summary>
    public static string EntityNameFor(TableDefinition table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (NamedOtherwise.TryGetValue(table.LogicalName, out var name))
        {
            return name;
        }

        return string.IsNullOrEmpty(table.SchemaName) ? table.LogicalName : table.SchemaName;
    }

    /// <summary>
    /// Reads a table privilege name. Privileges that are not about a table's rows (prvExportToExcel,
    /// prvBulkDelete…) have no verb of <see cref="Security.Privilege"/> and are not table privileges.
    /// </summary>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PrivilegeName? name)
    {
        name = null;
        if (text is null || !text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = text.AsSpan(Prefix.Length);
        foreach (var verb in VerbsByLength)
        {
            var word = verb.ToString();
            if (rest.StartsWith(word, StringComparison.Ordinal) && rest.Length > word.Length)
            {
                name = new PrivilegeName(verb, rest[word.Length..].ToString());
                return true;
            }
        }

        return false;
    }

    public bool Equals(PrivilegeName? other) =>
        other is not null && Privilege == other.Privilege && string.Equals(EntityName, other.EntityName, StringComparison.OrdinalIgnoreCase);

    public override int GetHashCode() => HashCode.Combine(Privilege, StringComparer.OrdinalIgnoreCase.GetHashCode(EntityName));

    public override string ToString() => Value;
}

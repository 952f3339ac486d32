using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using DataverseSharing.LocalDataverse.Metadata;

namespace DataverseSharing.LocalDataverse.Storage;

/// <summary>
/// A hash of everything the schema of a catalog consists of (its tables, columns and indexes as DDL, and the
/// layout version). A file that stores the fingerprint of the catalog it is opened with needs no schema work, so
/// opening it takes no write lock: a read never waits for a writer in another process, and a read-only file opens.
/// </summary>
internal static class SchemaFingerprint
{
    // A catalog is immutable (the lenient mode replaces it by a new one), so its fingerprint is computed once per
    // catalog and process: writing out every table's DDL to hash it was most of what an open allocated. Entries go
    // with their catalog; a miss only recomputes.
    private static readonly ConditionalWeakTable<MetadataCatalog, string> Cache = new();

    public static string Of(MetadataCatalog catalog) => Cache.GetValue(catalog, Compute);

    private static string Compute(MetadataCatalog catalog)
    {
        var text = new StringBuilder().Append("layout ").Append(SchemaVersion.Current).Append('\n');
        foreach (var table in catalog.Tables.OrderBy(t => t.LogicalName, StringComparer.Ordinal))
        {
            text.Append(SqliteSchemaBuilder.CreateTable(table)).Append('\n');
            foreach (var index in SqliteSchemaBuilder.CreateIndexes(table))
            {
                text.Append(index).Append('\n');
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}

using DataverseSharing.LocalDataverse.Service;
using DataverseSharing.LocalDataverse.Storage;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Setup;

/// <summary>
/// Makes the database's system rows (what is registered: solutions, assemblies, types, steps, images, custom
/// APIs) exactly the rows an open was given. A file whose stored <see cref="RegistrationFingerprint"/> matches is
/// up to date after one small read; else the rows are read back and compared, which is a read too, so an up-to-date
/// file is left alone and no write lock is taken. Otherwise the rows are compared again under the write lock and
/// every create, update and delete commits in one transaction with the new fingerprint, so a second process opening
/// at the same time finds them written and writes nothing, and a killed process leaves the file as it was.
/// </summary>
internal static class SystemRowSync
{
    /// <summary>
    /// The tables whose every row comes from the registrations, parents first: a row in one of them that an open
    /// was not given is removed. Tables of other given rows are managed the same way.
    /// </summary>
    private static readonly string[] ManagedTables =
        ["publisher", "solution", "pluginpackage", "pluginassembly", "plugintype", "sdkmessage", "sdkmessagefilter", "sdkmessageprocessingstep", "sdkmessageprocessingstepimage", "customapi"];

    /// <summary>
    /// Tables whose given rows are written but whose other rows are never removed: an environment variable's
    /// value can be set in the environment itself (a row nobody's folder holds), and an open must not lose it.
    /// </summary>
    private static readonly string[] NeverPruned = ["environmentvariablevalue"];

    /// <summary>
    /// Writes what differs. Tables the catalog lacks (an organization given its own catalog) are left out; a
    /// read-only file is only read, its rows as it holds them.
    /// </summary>
    public static void Apply(LocalDatabase database, IReadOnlyList<Entity> rows, TimeProvider clock)
    {
        var tables = ManagedTables.Concat(rows.Select(r => r.LogicalName)).Distinct(StringComparer.Ordinal)
            .Where(t => database.Catalog.TryGetTable(t, out _)).ToList();
        if (tables.Count == 0)
        {
            return;
        }

        // No pipeline and no security: these rows are the platform's own, written as an import writes them,
        // without running anyone's plug-ins.
        var service = new LocalOrganizationService(database, LocalOrganizationService.SystemUserId, clock: clock);
        var given = rows.Where(r => tables.Contains(r.LogicalName, StringComparer.Ordinal)).Select(r => WithoutMissingUsers(service, r)).ToList();
        var rowsHash = RegistrationFingerprint.OfRows(tables, NeverPruned, given);

        // Most opens are given what the file holds: one small read shows it (see RegistrationFingerprint).
        string? found;
        using (var read = database.BeginTransaction(deferred: true))
        {
            found = rowsHash is null ? null : RegistrationFingerprint.Current(database, read, tables, rowsHash);
            if (found is not null && RegistrationFingerprint.Stored(database, read) == found)
            {
                return;
            }
        }

        if (database.IsReadOnly)
        {
            return;
        }

        if (Changes.Between(service, tables, given).IsEmpty)
        {
            // In place already (an older file, or a change by someone else that left these rows as given): the
            // fingerprint is recorded only if that takes no wait, so an open with nothing to write never waits.
            if (rowsHash is not null && found is not null)
            {
                RegistrationFingerprint.StoreIfIdle(database, tables, rowsHash, found);
            }

            return;
        }

        database.InTransaction(() =>
        {
            // Under the write lock, again: another process may have written these very rows meanwhile.
            var transaction = database.CurrentTransaction;
            if (rowsHash is not null && RegistrationFingerprint.Current(database, transaction, tables, rowsHash) is { } now
                && RegistrationFingerprint.Stored(database, transaction) == now)
            {
                return true;
            }

            Changes.Between(service, tables, given).ApplyTo(service);

            // In the rows' own transaction: a file never holds a fingerprint of rows it does not hold.
            if (rowsHash is not null && RegistrationFingerprint.Current(database, transaction, tables, rowsHash) is { } written)
            {
                RegistrationFingerprint.Store(database, transaction, written);
            }

            return true;
        });
    }

    /// <summary>
    /// Writes what differs inside the transaction running on <paramref name="database"/> (a solution import's), with
    /// the fingerprint, so the rows and the fingerprint commit or roll back with the rest of that transaction.
    /// </summary>
    public static void ApplyInTransaction(LocalDatabase database, IReadOnlyList<Entity> rows, TimeProvider clock)
    {
        var transaction = database.CurrentTransaction ?? throw new InvalidOperationException("No transaction is running.");
        var tables = ManagedTables.Concat(rows.Select(r => r.LogicalName)).Distinct(StringComparer.Ordinal)
            .Where(t => database.Catalog.TryGetTable(t, out _)).ToList();
        var service = new LocalOrganizationService(database, LocalOrganizationService.SystemUserId, clock: clock);
        var given = rows.Where(r => tables.Contains(r.LogicalName, StringComparer.Ordinal)).Select(r => WithoutMissingUsers(service, r)).ToList();
        Changes.Between(service, tables, given).ApplyTo(service);
        if (RegistrationFingerprint.OfRows(tables, NeverPruned, given) is { } rowsHash
            && RegistrationFingerprint.Current(database, transaction, tables, rowsHash) is { } written)
        {
            RegistrationFingerprint.Store(database, transaction, written);
        }
    }

    // A step's run-as user (impersonatinguserid) may have no systemuser row yet: tests register the step, open,
    // then create the user. The lookup is left out until an open finds the user, which then writes it.
    private static Entity WithoutMissingUsers(IOrganizationService service, Entity row)
    {
        var missing = row.Attributes
            .Where(a => a.Value is EntityReference { LogicalName: "systemuser" } user && !Exists(service, user))
            .Select(a => a.Key).ToList();
        if (missing.Count == 0)
        {
            return row;
        }

        var copy = new Entity(row.LogicalName, row.Id);
        foreach (var attribute in row.Attributes.Where(a => !missing.Contains(a.Key)))
        {
            copy[attribute.Key] = attribute.Value;
        }

        return copy;
    }

    private static bool Exists(IOrganizationService service, EntityReference row)
    {
        var query = new QueryExpression(row.LogicalName) { ColumnSet = new ColumnSet(false), TopCount = 1 };
        query.Criteria.AddCondition(row.LogicalName + "id", ConditionOperator.Equal, row.Id);
        return service.RetrieveMultiple(query).Entities.Count > 0;
    }

    private sealed record Changes(IReadOnlyList<Entity> Creates, IReadOnlyList<Entity> Updates, IReadOnlyList<EntityReference> Deletes)
    {
        public bool IsEmpty => Creates.Count == 0 && Updates.Count == 0 && Deletes.Count == 0;

        public static Changes Between(IOrganizationService service, IReadOnlyList<string> tables, IReadOnlyList<Entity> given)
        {
            var creates = new List<Entity>();
            var updates = new List<Entity>();
            var deletes = new List<EntityReference>();
            foreach (var table in tables)
            {
                var wanted = given.Where(r => r.LogicalName == table).ToList();
                var columns = wanted.SelectMany(r => r.Attributes.Keys).Distinct(StringComparer.Ordinal).ToArray();
                var existing = ReadAll(service, table, columns);
                foreach (var row in wanted)
                {
                    if (!existing.Remove(row.Id, out var current))
                    {
                        creates.Add(row);
                    }
                    else if (!row.Attributes.All(a => SameValue(a.Value, current.GetAttributeValue<object?>(a.Key))))
                    {
                        updates.Add(row);
                    }
                }

                if (!NeverPruned.Contains(table, StringComparer.Ordinal))
                {
                    deletes.AddRange(existing.Values.Select(r => r.ToEntityReference()));
                }
            }

            // Children go before their parents, so no delete finds its row already gone through a cascade.
            deletes.Reverse();
            return new Changes(creates, updates, deletes);
        }

        public void ApplyTo(IOrganizationService service)
        {
            foreach (var row in Deletes)
            {
                service.Delete(row.LogicalName, row.Id);
            }

            foreach (var row in Updates)
            {
                service.Update(row);
            }

            foreach (var row in Creates)
            {
                service.Create(row);
            }
        }

        private static Dictionary<Guid, Entity> ReadAll(IOrganizationService service, string table, string[] columns)
        {
            var query = new QueryExpression(table) { ColumnSet = new ColumnSet(columns), PageInfo = new PagingInfo { Count = 5000, PageNumber = 1 } };
            var rows = new Dictionary<Guid, Entity>();
            while (true)
            {
                var page = service.RetrieveMultiple(query);
                foreach (var row in page.Entities)
                {
                    rows[row.Id] = row;
                }

                if (!page.MoreRecords)
                {
                    return rows;
                }

                query.PageInfo.PageNumber++;
                query.PageInfo.PagingCookie = page.PagingCookie;
            }
        }

        private static bool SameValue(object? wanted, object? stored) => (wanted, stored) switch
        {
            (null, null) => true,
            (OptionSetValue a, OptionSetValue b) => a.Value == b.Value,
            (EntityReference a, EntityReference b) => a.Id == b.Id && a.LogicalName == b.LogicalName,
            (string { Length: 0 }, null) => true,
            _ => Equals(wanted, stored),
        };
    }
}

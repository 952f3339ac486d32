using System.Globalization;
using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Service.Records;
using DataverseSharing.LocalDataverse.Storage;
using SQLitePCL;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>
/// Inserts many rows of one table through one prepared INSERT per distinct column list (a bulk load's rows usually
/// share one), bound by position on the raw SQLite statement. Measured: binding through SqliteParameter looks every
/// parameter up by name on each execution, which was most of the cost of a row; positional binding is not. The
/// statement runs on the request's connection, so it is inside the request's transaction.
/// </summary>
internal sealed class BulkRowInserter(RequestContext context, TableDefinition table) : IDisposable
{
    private readonly Dictionary<string, (sqlite3_stmt Statement, string[] Columns)> statements = new(StringComparer.Ordinal);
    private (sqlite3_stmt Statement, string[] Columns)? last;

    public void Insert(Guid id, Dictionary<string, object> values)
    {
        var (statement, columns) = StatementFor(values);
        for (var i = 0; i < columns.Length; i++)
        {
            Bind(statement, i + 1, values[columns[i]]);
        }

        var result = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (result == raw.SQLITE_DONE)
        {
            return;
        }

        var message = raw.sqlite3_errmsg(context.Database.Connection.Handle).utf8_to_string();
        if (result == raw.SQLITE_CONSTRAINT)
        {
            // Rare: RecordStore runs the same insert and names the duplicate id or alternate key as Create does.
            new RecordStore(context, table).Insert(id, values);
        }

        throw DataverseFaults.Create(ErrorCodes.UnexpectedError, $"CreateMultiple failed in storage: {message}");
    }

    public void Dispose()
    {
        foreach (var (statement, _) in statements.Values)
        {
            statement.Dispose();
        }
    }

    private static void Bind(sqlite3_stmt statement, int index, object value)
    {
        _ = value switch
        {
            // UTF-16 as .NET holds it: the UTF-8 overload allocated a byte array per value, a quarter of a row's cost.
            string text => raw.sqlite3_bind_text16(statement, index, text.AsSpan()),
            long number => raw.sqlite3_bind_int64(statement, index, number),
            int number => raw.sqlite3_bind_int64(statement, index, number),
            double number => raw.sqlite3_bind_double(statement, index, number),
            DBNull => raw.sqlite3_bind_null(statement, index),
            _ => raw.sqlite3_bind_text(statement, index, Convert.ToString(value, CultureInfo.InvariantCulture)),
        };
    }

    private (sqlite3_stmt Statement, string[] Columns) StatementFor(Dictionary<string, object> values)
    {
        // Consecutive rows nearly always have the columns of the previous one: check that before building a key.
        if (last is { } previous && SameColumns(previous.Columns, values))
        {
            return previous;
        }

        var key = string.Join(",", values.Keys);
        if (statements.TryGetValue(key, out var prepared))
        {
            last = prepared;
            return prepared;
        }

        context.EnsureTable(table);
        var columns = values.Keys.ToArray();
        var sql = $"INSERT INTO {SqlIdentifier.Quote(table.LogicalName)} ({string.Join(", ", columns.Select(SqlIdentifier.Quote))}) " +
            $"VALUES ({string.Join(", ", columns.Select(_ => "?"))});";
        var handle = context.Database.Connection.Handle;
        if (raw.sqlite3_prepare_v2(handle, sql, out var statement) != raw.SQLITE_OK)
        {
            throw DataverseFaults.Create(ErrorCodes.UnexpectedError, $"CreateMultiple could not prepare its insert: {raw.sqlite3_errmsg(handle).utf8_to_string()}");
        }

        prepared = (statement, columns);
        statements[key] = prepared;
        last = prepared;
        return prepared;
    }

    private static bool SameColumns(string[] columns, Dictionary<string, object> values)
    {
        if (columns.Length != values.Count)
        {
            return false;
        }

        var i = 0;
        foreach (var name in values.Keys)
        {
            if (!string.Equals(name, columns[i++], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}

using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace DataverseSharing.LocalDataverse.Service.Query;

/// <summary>SQL text under construction with its parameters; every value enters as a parameter, never as text.</summary>
internal sealed class SqlStatement
{
    private readonly List<(string Name, object Value)> parameters = [];

    public StringBuilder Text { get; } = new();

    /// <summary>Adds a parameter and returns its placeholder.</summary>
    public string Parameter(object value)
    {
        var name = "$p" + parameters.Count.ToString(CultureInfo.InvariantCulture);
        parameters.Add((name, value));
        return name;
    }

    public void Bind(SqliteCommand command)
    {
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
    }
}

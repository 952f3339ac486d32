namespace DataverseSharing.Integration.Deals;

/// <summary>
/// Patterns for <c>ConditionOperator.Like</c>, which on Dataverse has SQL Server's syntax: <c>%</c> and <c>_</c>
/// are wildcards and <c>[</c> opens a character class. Neither QueryExpression nor FetchXML has an ESCAPE clause,
/// so a user's text is made literal the SQL Server way, each special character in brackets.
/// </summary>
public static class LikePattern
{
    /// <summary>The text as a pattern that matches only itself (case-insensitively, as Dataverse compares).</summary>
    public static string Literal(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '%' or '_' or '[')
            {
                builder.Append('[').Append(c).Append(']');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>A pattern matching values that contain the text anywhere.</summary>
    public static string Containing(string text) => "%" + Literal(text) + "%";
}

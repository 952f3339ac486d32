using System.Globalization;

namespace DataverseSharing.Plugins.Suggestions;

/// <summary>
/// The checks the framework's JSON reader (the only one in the sandbox) leaves out: it closes objects left open at
/// the end of the text, reads <c>{..}{..}</c> as one object and accepts a comma before a closing bracket. This walks
/// the text's brackets outside strings once and names the first such problem; everything else is the reader's.
/// </summary>
internal static class JsonStructure
{
    /// <summary>The problem, or null when the brackets are balanced, one value is given and no comma dangles.</summary>
    public static string? Problem(string json)
    {
        var depth = 0;
        var inString = false;
        var closedAt = -1;
        var lastSignificant = '\0';
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            if (closedAt >= 0)
            {
                return At(i, "there is more after the deal's object; give one object");
            }

            switch (c)
            {
                case '"':
                    inString = true;
                    break;
                case '{':
                case '[':
                    depth++;
                    break;
                case '}':
                case ']':
                    if (lastSignificant == ',')
                    {
                        return At(i, $"a ',' comes right before '{c}'");
                    }

                    depth--;
                    if (depth == 0)
                    {
                        closedAt = i;
                    }

                    break;
            }

            lastSignificant = c;
        }

        return inString ? "a string is not closed (a '\"' is missing)" : depth > 0 ? "the object is not closed (a '}' or ']' is missing)" : null;
    }

    private static string At(int index, string problem) =>
        string.Format(CultureInfo.InvariantCulture, "{0} (character {1})", problem, index + 1);
}

using System.Text;
using DataverseSharing.LocalDataverse.Service.Faults;

namespace DataverseSharing.LocalDataverse.Service.Query;

/// <summary>
/// A Like / NotLike pattern in Dataverse's syntax, which is SQL Server's: <c>%</c> any text, <c>_</c> any one
/// character, <c>[abc]</c>, <c>[a-c]</c> and <c>[^a-c]</c> one character of (or not of) a set, and a one-character
/// set such as <c>[%]</c>, <c>[_]</c> or <c>[[]</c> as the way to write that character literally (there is no ESCAPE
/// clause). SQLite's LIKE knows no sets, so a pattern without them becomes LIKE ... ESCAPE '\' (which keeps the
/// index on prefix patterns) and one with them becomes GLOB, whose sets have the same syntax, over lower-cased
/// text so it stays case-insensitive as the collation is.
/// </summary>
internal sealed class LikePattern
{
    private const char Escape = '\\';

    private readonly List<Part> parts;

    private LikePattern(List<Part> parts) => this.parts = parts;

    private enum Kind
    {
        Literal,
        AnyText,
        AnyCharacter,
        Set,
    }

    /// <summary>Parses a pattern; a '[' without its ']' or an empty set is refused, naming the condition.</summary>
    public static LikePattern Parse(string pattern, string where)
    {
        var parts = new List<Part>();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '%':
                    parts.Add(new Part(Kind.AnyText, string.Empty));
                    break;
                case '_':
                    parts.Add(new Part(Kind.AnyCharacter, string.Empty));
                    break;
                case '[':
                    var close = pattern.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        throw DataverseFaults.InvalidArgument($"The Like pattern '{pattern}' on {where} has a '[' without its closing ']'; write [[] for a literal '['.");
                    }

                    var set = pattern[(i + 1)..close];
                    if (set.Length == 0 || set == "^")
                    {
                        throw DataverseFaults.InvalidArgument($"The Like pattern '{pattern}' on {where} has an empty character set '[{set}]'.");
                    }

                    // A set of one character is how SQL Server writes that character literally: [%], [_], [[].
                    parts.Add(set.Length == 1 ? new Part(Kind.Literal, set) : new Part(Kind.Set, set));
                    i = close;
                    break;
                default:
                    parts.Add(new Part(Kind.Literal, c.ToString()));
                    break;
            }
        }

        return new LikePattern(parts);
    }

    /// <summary>The SQL predicate: <paramref name="likeOperand"/> is the column as LIKE compares it (NOCASE text), <paramref name="column"/> the raw column.</summary>
    public string Predicate(string likeOperand, string column, SqlStatement sql, bool negated)
    {
        var predicate = parts.Exists(p => p.Kind == Kind.Set)
            ? $"lower({column}) GLOB {sql.Parameter(Glob())}"
            : $"{likeOperand} LIKE {sql.Parameter(Like())} ESCAPE '{Escape}'";
        return negated ? $"NOT ({predicate})" : predicate;
    }

    private string Like()
    {
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            switch (part.Kind)
            {
                case Kind.AnyText:
                    text.Append('%');
                    break;
                case Kind.AnyCharacter:
                    text.Append('_');
                    break;
                default:
                    var c = part.Text[0];
                    if (c is '%' or '_' or Escape)
                    {
                        text.Append(Escape);
                    }

                    text.Append(c);
                    break;
            }
        }

        return text.ToString();
    }

    private string Glob()
    {
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            switch (part.Kind)
            {
                case Kind.AnyText:
                    text.Append('*');
                    break;
                case Kind.AnyCharacter:
                    text.Append('?');
                    break;
                case Kind.Set:
                    // Same syntax in GLOB: ranges with '-', negation with a leading '^'.
                    text.Append('[').Append(LowerAscii(part.Text)).Append(']');
                    break;
                default:
                    var c = LowerAscii(part.Text)[0];
                    text.Append(c is '*' or '?' or '[' ? $"[{c}]" : c.ToString());
                    break;
            }
        }

        return text.ToString();
    }

    // SQLite's lower() and NOCASE fold ASCII letters only; the pattern is folded the same way so both sides agree.
    private static string LowerAscii(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= 'A' and <= 'Z')
            {
                chars[i] = (char)(chars[i] + ('a' - 'A'));
            }
        }

        return new string(chars);
    }

    private readonly record struct Part(Kind Kind, string Text);
}

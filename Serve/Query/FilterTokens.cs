using System.Text;
using DataverseSharing.Serve.Protocol;

namespace DataverseSharing.Serve.Query;

/// <summary>The tokens of a $filter: words (names, operators, unquoted literals), quoted strings and punctuation.</summary>
internal sealed class FilterTokens
{
    private readonly List<(string Text, bool Quoted)> tokens = [];
    private int position;

    public FilterTokens(string filter)
    {
        Source = filter;
        var i = 0;
        while (i < filter.Length)
        {
            var c = filter[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')' or ',' or '[' or ']')
            {
                tokens.Add((c.ToString(), false));
                i++;
            }
            else if (c == '\'')
            {
                var text = new StringBuilder();
                i++;
                while (true)
                {
                    if (i >= filter.Length)
                    {
                        throw WebApiException.BadRequest($"The $filter '{filter}' has a string without its closing quote.");
                    }

                    if (filter[i] == '\'' && i + 1 < filter.Length && filter[i + 1] == '\'')
                    {
                        text.Append('\'');
                        i += 2;
                    }
                    else if (filter[i] == '\'')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        text.Append(filter[i++]);
                    }
                }

                tokens.Add((text.ToString(), true));
            }
            else
            {
                var start = i;
                while (i < filter.Length && !char.IsWhiteSpace(filter[i]) && filter[i] is not ('(' or ')' or ',' or '[' or ']' or '\'' or '='))
                {
                    i++;
                }

                if (i < filter.Length && filter[i] == '=')
                {
                    i++; // PropertyName='x' inside a function call: the '=' ends the word.
                }

                tokens.Add((filter[start..i], false));
            }
        }
    }

    public string Source { get; }

    public bool AtEnd => position >= tokens.Count;

    public (string Text, bool Quoted)? Peek => AtEnd ? null : tokens[position];

    public bool TryWord(string word)
    {
        if (Peek is { Quoted: false } next && next.Text.Equals(word, StringComparison.OrdinalIgnoreCase))
        {
            position++;
            return true;
        }

        return false;
    }

    public (string Text, bool Quoted) Next() =>
        AtEnd ? throw Error("ends too early") : tokens[position++];

    public void Expect(string punctuation)
    {
        var next = Next();
        if (next.Quoted || next.Text != punctuation)
        {
            throw Error($"expects '{punctuation}' where it has '{next.Text}'");
        }
    }

    public WebApiException Error(string what) => WebApiException.BadRequest($"The $filter '{Source}' {what}.");
}

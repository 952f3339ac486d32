namespace DataverseSharing.Serve.Protocol;

/// <summary>
/// A path under /api/data/v9.2/ split into segments, each a name with the text in its parentheses (a key or a
/// function's arguments), e.g. <c>accounts(accountnumber='A/1')/contact_customer_accounts/$ref</c>; a '/' inside
/// quotes or parentheses does not split.
/// </summary>
internal sealed record ResourcePath(IReadOnlyList<PathSegment> Segments)
{
    public static ResourcePath Parse(string path)
    {
        var segments = new List<PathSegment>();
        var depth = 0;
        var quoted = false;
        var start = 0;
        for (var i = 0; i <= path.Length; i++)
        {
            if (i == path.Length || path[i] == '/' && depth == 0 && !quoted)
            {
                if (i > start)
                {
                    segments.Add(PathSegment.Parse(path[start..i]));
                }

                start = i + 1;
                continue;
            }

            switch (path[i])
            {
                case '\'':
                    quoted = !quoted;
                    break;
                case '(' when !quoted:
                    depth++;
                    break;
                case ')' when !quoted:
                    depth--;
                    break;
            }
        }

        return new ResourcePath(segments);
    }
}

/// <summary>One path segment: its name and, when it has parentheses, what is inside them.</summary>
internal sealed record PathSegment(string Name, string? Key)
{
    public static PathSegment Parse(string text)
    {
        var open = text.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            return new PathSegment(text, null);
        }

        if (!text.EndsWith(')'))
        {
            throw WebApiException.NotFound(text);
        }

        return new PathSegment(text[..open], text[(open + 1)..^1]);
    }

    public override string ToString() => Key is null ? Name : $"{Name}({Key})";
}

using System;
using System.Collections.Generic;

namespace DataverseSharing.Domain.Text;

/// <summary>
/// Words whose Porter stem runs them into an unrelated word that is common in sales writing: "internally" and
/// "international" both stem to "intern", "business" and "busy" to "busi", "news" to "new". These words get a fixed
/// term instead, applied the same way to practices and deals. The same idea as a stemmer-override dictionary in
/// other search engines.
/// </summary>
internal static class StemOverrides
{
    private static readonly Dictionary<string, string> Terms = new(StringComparer.Ordinal)
    {
        ["international"] = "internation",
        ["internationally"] = "internation",
        ["internationalisation"] = "internation",
        ["internationalization"] = "internation",
        ["business"] = "business",
        ["businesses"] = "business",
        ["news"] = "news",
        ["university"] = "university",
        ["universities"] = "university",
        ["community"] = "community",
        ["communities"] = "community",
        ["executive"] = "executive",
        ["executives"] = "executive",
        ["general"] = "general",
        ["generally"] = "general",
        ["personnel"] = "personnel",
    };

    /// <summary>The fixed term of a lower-case word, if it has one.</summary>
    public static bool TryGet(string word, out string term) => Terms.TryGetValue(word, out term!);
}

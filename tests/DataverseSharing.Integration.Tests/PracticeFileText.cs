using Newtonsoft.Json.Linq;

namespace DataverseSharing.Integration.Tests;

/// <summary>Practice files of any size for import tests: keys K-00000 up, a title that says which edition of the file wrote it.</summary>
public static class PracticeFileText
{
    public static string Json(int count, string edition, int first = 0) =>
        new JArray(Enumerable.Range(first, count).Select(i => new JObject
        {
            ["key"] = $"K-{i:D5}",
            ["title"] = $"Practice {i} ({edition})",
            ["topic"] = i % 2 == 0 ? "Negotiation" : "Discovery",
            ["body"] = $"What to do in case {i}: " + new string('x', 120),
        })).ToString();
}

using System.Globalization;
using DataverseSharing.RelevanceEval.Data.Json;
using Newtonsoft.Json;

namespace DataverseSharing.RelevanceEval.Data;

/// <summary>Writes a set in exactly the shapes <see cref="EvaluationSetLoader"/> reads, so generated sets round-trip.</summary>
public static class EvaluationSetWriter
{
    public static void Write(EvaluationSet set, string directory, string description)
    {
        Directory.CreateDirectory(directory);
        var manifest = new ManifestJson { Name = set.Name, AsOf = Date(set.AsOf), Description = description };
        WriteFile(directory, DataFiles.Manifest, manifest);
        WriteFile(directory, DataFiles.Practices, set.Practices.Select(ToJson).ToList());
        WriteFile(directory, DataFiles.Deals, set.Deals.Select(ToJson).ToList());
        WriteFile(directory, DataFiles.Judgments, set.Judgments);
    }

    private static void WriteFile(string directory, string fileName, object value) =>
        File.WriteAllText(Path.Combine(directory, fileName), JsonConvert.SerializeObject(value, DataFiles.Settings) + "\n");

    private static string? Date(DateTime? value) =>
        value?.ToString(DataFiles.DateFormat, CultureInfo.InvariantCulture);

    private static PracticeJson ToJson(PracticeRecord p) => new()
    {
        Id = p.Id,
        Title = p.Title,
        Summary = p.Summary,
        Body = p.Body,
        Topic = p.Topic.ToString(),
        Industries = [.. p.Industries],
        Regions = [.. p.Regions],
        ProductFamilies = [.. p.ProductFamilies],
        DealSizeBand = p.DealSizeBand?.ToString(),
        SalesStages = p.SalesStages.Select(s => s.ToString()).ToList(),
        BuyerRoles = [.. p.BuyerRoles],
        Competitors = [.. p.Competitors],
        Keywords = [.. p.Keywords],
        Status = p.Status.ToString(),
        ApprovedOn = Date(p.ApprovedOn),
        ExpiresOn = Date(p.ExpiresOn),
        Effectiveness = new EffectivenessJson
        {
            AppliedWon = p.Effectiveness.AppliedWon,
            AppliedLost = p.Effectiveness.AppliedLost,
            BaselineWon = p.Effectiveness.BaselineWon,
            BaselineLost = p.Effectiveness.BaselineLost,
        },
    };

    private static DealJson ToJson(DealRecord d) => new()
    {
        Id = d.Id,
        Name = d.Name,
        Industry = d.Industry,
        Region = d.Region,
        Stage = d.Stage?.ToString(),
        EstimatedValue = d.EstimatedValue,
        Products = [.. d.Products],
        Competitors = [.. d.Competitors],
        BuyerRoles = [.. d.BuyerRoles],
        DecisionUnitSize = d.DecisionUnitSize,
        Description = d.Description,
        PracticesUsed = [.. d.PracticesUsed],
        Dismissed = [.. d.Dismissed],
    };
}

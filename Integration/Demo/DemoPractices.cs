using System.Globalization;
using DataverseSharing.Domain.Practices;

namespace DataverseSharing.Integration.Demo;

/// <summary>
/// Expands the templates into the practice library: one approved practice per template and filler, a few
/// drafts, submissions and retired ones for the lifecycle, and (for <c>--practices N</c>) generated regional
/// variants until the library has N practices.
/// </summary>
public static class DemoPractices
{
    public static IReadOnlyList<PracticeTemplate> Templates { get; } = PracticeTemplatesEarly.All.Concat(PracticeTemplatesLate.All).ToList();

    /// <summary>How many approved practices the templates give without variants.</summary>
    public static int BaseCount => Templates.Sum(t => t.Fillers.Length);

    public static IReadOnlyList<DemoPractice> Create(SeededGuids ids, Random random, int approvedCount, DateTime anchorUtc, Guid approverId)
    {
        var practices = new List<DemoPractice>();
        var variant = 0;
        while (practices.Count < approvedCount)
        {
            foreach (var template in Templates)
            {
                foreach (var filler in template.Fillers)
                {
                    if (practices.Count == approvedCount)
                    {
                        break;
                    }

                    var region = variant == 0 ? null : DemoVocabulary.Regions[(variant - 1) % DemoVocabulary.Regions.Length];
                    var key = string.Create(CultureInfo.InvariantCulture, $"DEMO-{practices.Count + 1:00000}");
                    practices.Add(new DemoPractice(Build(ids.Next(), random, template, filler, region, variant, anchorUtc, approverId, PracticeStatus.Approved), key, PracticeStatus.Approved));
                }
            }

            variant++;
        }

        // A handful outside Approved, so the lifecycle and the status filters have something to show.
        var statuses = new[] { PracticeStatus.Draft, PracticeStatus.Draft, PracticeStatus.Submitted, PracticeStatus.Submitted, PracticeStatus.Rejected, PracticeStatus.Retired };
        for (var i = 0; i < statuses.Length; i++)
        {
            var template = Templates[(i * 7) % Templates.Count];
            var filler = template.Fillers[^1];
            var key = string.Create(CultureInfo.InvariantCulture, $"DEMO-L{i + 1:000}");
            var practice = Build(ids.Next(), random, template, filler, null, 0, anchorUtc, approverId, statuses[i]) with
            {
                Title = Fill(template.Title, filler) + (statuses[i] == PracticeStatus.Retired ? " (2023 playbook)" : " (revision in review)"),
            };
            practices.Add(new DemoPractice(practice, key, statuses[i]));
        }

        return practices;
    }

    private static Practice Build(Guid id, Random random, PracticeTemplate template, string filler, string? region, int variant, DateTime anchorUtc, Guid approverId, PracticeStatus status)
    {
        // A title without the slot would repeat for every filler; the filler in brackets keeps titles distinct.
        var title = template.Title.Contains("{x}", StringComparison.Ordinal) ? Fill(template.Title, filler) : $"{template.Title} ({filler})";
        if (region is not null)
        {
            title += string.Create(CultureInfo.InvariantCulture, $" ({region} playbook {variant})");
        }

        return new Practice
        {
            Id = id.ToString("D"),
            Title = title,
            Summary = Fill(template.Summary, filler),
            Body = Fill(template.Body, filler),
            Topic = template.Topic,
            Industries = template.Slot == TemplateSlot.Industry ? new[] { filler } : Array.Empty<string>(),
            Competitors = template.Slot == TemplateSlot.Competitor ? new[] { filler } : Array.Empty<string>(),
            ProductFamilies = template.Slot == TemplateSlot.Product ? new[] { filler } : Array.Empty<string>(),
            BuyerRoles = template.Slot == TemplateSlot.BuyerRole ? new[] { filler } : template.BuyerRoles ?? Array.Empty<string>(),
            Regions = region is null ? Array.Empty<string>() : new[] { region },
            SalesStages = template.Stages,
            DealSizeBand = template.Band,
            Keywords = template.Keywords,
            Status = status,
            ReviewOnUtc = anchorUtc.AddDays(200 + random.Next(0, 400)).Date,
            ApproverId = status == PracticeStatus.Approved ? approverId.ToString("D") : null,
        };
    }

    private static string Fill(string text, string filler) => text.Replace("{x}", filler, StringComparison.Ordinal);
}

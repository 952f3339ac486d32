namespace DataverseSharing.Domain.Text;

/// <summary>A concept group found in analysed text: which group, and where (term position and length).</summary>
internal readonly struct ConceptMatch
{
    public ConceptMatch(int group, int start, int length)
    {
        Group = group;
        Start = start;
        Length = length;
    }

    public int Group { get; }

    public int Start { get; }

    public int Length { get; }
}

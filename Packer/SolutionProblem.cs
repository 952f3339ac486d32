namespace DataverseSharing.Packer;

/// <summary>One thing wrong with a solution: the file (relative to the folder, or the packed entry), its line (0 when unknown), and what.</summary>
public sealed record SolutionProblem(string File, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}

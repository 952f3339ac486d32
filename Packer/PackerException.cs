namespace DataverseSharing.Packer;

/// <summary>A solution folder or zip that cannot be packed or unpacked; the message names the file, line or component.</summary>
public sealed class PackerException : Exception
{
    public PackerException(string message)
        : base(message)
    {
    }

    public PackerException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

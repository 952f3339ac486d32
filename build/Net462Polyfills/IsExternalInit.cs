// net462 lacks the marker type the compiler needs for init-only setters and records.
// Compiled into each net462 assembly as internal, so it never becomes public surface.
namespace System.Runtime.CompilerServices
{
    internal static class IsExternalInit
    {
    }
}

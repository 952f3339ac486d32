namespace ContosoShared
{
    /// <summary>How Contoso labels a widget; shared by its plug-ins and its other applications.</summary>
    public static class WidgetLabels
    {
        public static string Stamp(string name, string issuer) =>
            "stamped " + name.Trim().ToUpperInvariant() + " by " + issuer + " (" + typeof(WidgetLabels).Assembly.GetName().Name + ")";
    }
}

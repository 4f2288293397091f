namespace WhaiNot.Appliance.Tests.Browser;

/// <summary>
/// The browser tests run one after another: each starts an appliance with real engines and a
/// Chromium, and side by side on a small CI machine their timing limits (a revocation within 2 s,
/// a network cut noticed) would measure the machine's load, not the product.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    public const string Name = "browser";
}

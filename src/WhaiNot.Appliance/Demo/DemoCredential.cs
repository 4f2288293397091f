namespace WhaiNot.Appliance.Demo;

/// <summary>One line of demo-credentials.json (contract: role, username, password; team added for clarity).</summary>
public sealed record DemoCredential(string Role, string Username, string Password, string? Team);

namespace WhaiNot.Drafting.Tests.Grammar;

/// <summary>An Earley item: alternative <see cref="Alternative"/> of <see cref="Rule"/>, matched up to <see cref="Dot"/> from <see cref="Origin"/>.</summary>
internal readonly record struct EarleyItem(int Rule, int Alternative, int Dot, int Origin);

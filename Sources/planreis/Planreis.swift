import ArgumentParser
@main struct Planreis: ParsableCommand {}

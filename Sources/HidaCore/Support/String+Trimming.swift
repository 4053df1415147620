extension String {
    /// Trims spaces, tabs and line breaks without bridging to NSString.
    func trimmingWhitespace() -> String {
        TextTrimming.trimmed(self)
    }
}

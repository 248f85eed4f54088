// The helpers every test file of this target may use.
@_exported import TestSupport

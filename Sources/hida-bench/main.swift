print("hida-bench: not yet")

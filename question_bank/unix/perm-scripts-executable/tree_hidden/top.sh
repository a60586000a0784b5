echo top

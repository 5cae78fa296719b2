"""Score the product on webs it was not written for: stranger webs and real clinic sites."""

// theme scripts

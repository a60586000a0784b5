echo "${NAME:-nobody} has ${#NAME} letters"

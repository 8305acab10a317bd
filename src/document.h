/* document.h: the tree a .kindler file parses into. Every node keeps the place
** it came from, so later stages can point diagnostics at the file. */
#ifndef KINDLER_DOCUMENT_H
#define KINDLER_DOCUMENT_H

#include <string>
#include <vector>

struct Place {
  int line;
  int col;
};

struct Node {
  enum Kind { STRING, INTEGER, BOOLEAN, ARRAY, OBJECT };

  Kind kind;
  Place place;
  std::string text;               /* STRING */
  double number;                  /* INTEGER, whole and at most 2^53 */
  bool truth;                     /* BOOLEAN */
  std::vector<Node*> items;       /* ARRAY items; OBJECT values */
  std::vector<std::string> keys;  /* OBJECT keys, parallel to items */
  std::vector<Place> key_places;  /* OBJECT key places, parallel to items */
  bool mergeable;                 /* OBJECT that later blocks may extend */

  /* The value under key, or NULL. */
  Node* Find(const std::string& key) const;
};

/* Owns every node of one parsed file. */
class Document {
 public:
  Document();
  ~Document();
  Node* NewNode(Node::Kind kind, Place place);

  std::string path;  /* as the user named it */
  Node* root;        /* OBJECT, or NULL when parsing failed */

 private:
  std::vector<Node*> nodes_;
  Document(const Document&);
  void operator=(const Document&);
};

#endif

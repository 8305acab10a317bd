/* document.cc: node ownership and lookup. */
#include "document.h"

Node* Node::Find(const std::string& key) const {
  for (size_t i = 0; i < keys.size(); ++i)
    if (keys[i] == key)
      return items[i];
  return NULL;
}

Document::Document() : root(NULL) {}

Document::~Document() {
  for (size_t i = 0; i < nodes_.size(); ++i)
    delete nodes_[i];
}

Node* Document::NewNode(Node::Kind kind, Place place) {
  Node* n = new Node;
  n->kind = kind;
  n->place = place;
  n->number = 0;
  n->truth = false;
  n->mergeable = false;
  nodes_.push_back(n);
  return n;
}

package handlers

var ()

var ()

#!/bin/bash
echo other
